package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Class-conditional runs in a config (model.classes)")
class ConditionalConfigTest {

    private static List<String> violations(String... overrides) {
        return catchThrowableOfType(
                        ConfigException.class,
                        () -> ConfigReader.fromYaml(
                                Presets.yaml("sagan-mnist-conditional"), "'t.yaml'", List.of(overrides)))
                .violations();
    }

    @Nested
    @DisplayName("binds")
    class Binds {

        @Test
        @DisplayName("0 by default (unconditional); the conditional presets have 10, sagan-mnist stays unconditional")
        void presets() {
            assertThat(ConfigReader.fromYaml("", "x", List.of()).model().classes())
                    .isZero();
            assertThat(Presets.config("sagan-mnist").model().conditional()).isFalse();
            assertThat(Presets.config("sagan-mnist-conditional").model().classes())
                    .isEqualTo(10);
            assertThat(Presets.config("sagan-mnist-conditional").log().gridRows())
                    .as("a row per digit")
                    .isEqualTo(10);
            assertThat(Presets.config("sagan-cifar10").model().classes()).isEqualTo(10);
        }

        @Test
        @DisplayName("sagan-mnist-conditional is sagan-mnist with model.classes 10, a grid row per class and G's "
                + "learning rate "
                + "raised to D's 4e-4")
        void asSaganMnist() {
            RunConfig plain = Presets.config("sagan-mnist");
            RunConfig c = Presets.config("sagan-mnist-conditional");
            assertThat(c.model())
                    .isEqualTo(new ModelConfig(
                            plain.model().latentDim(),
                            plain.model().latentPrior(),
                            10,
                            plain.model().generator(),
                            plain.model().discriminator()));
            OptimiserConfig g = plain.optimisers().generator();
            assertThat(g.lr()).isEqualTo(1e-4);
            assertThat(c.optimisers())
                    .isEqualTo(new OptimisersConfig(
                            new OptimiserConfig(g.type(), 4e-4, g.beta1(), g.beta2(), g.alpha(), g.momentum()),
                            plain.optimisers().discriminator()));
            assertThat(c.objective()).isEqualTo(plain.objective());
            assertThat(c.train()).isEqualTo(plain.train());
        }

        @Test
        @DisplayName("writes out and reads back equal; a changed number of classes is a changed key for resume")
        void roundTripAndDiff() {
            RunConfig c = Presets.config("sagan-cifar10");
            String yaml = ConfigWriter.toYaml(c);
            assertThat(yaml).contains("  latent_prior: normal\n  classes: 10\n");
            assertThat(ConfigReader.fromYaml(yaml, "y", List.of())).isEqualTo(c);
            RunConfig unconditional =
                    ConfigReader.fromYaml(Presets.yaml("sagan-cifar10"), "z", List.of("model.classes=0"));
            assertThat(ConfigDiff.changedKeys(c, unconditional)).containsExactly("model.classes");
        }

        @Test
        @DisplayName("accepts stacked MNIST with its 1000 classes, STL-10's labelled splits, and an IDX pair or folder "
                + "(checked when opened)")
        void labelledDatasets() {
            assertThat(ConfigReader.fromYaml(
                                    Presets.yaml("sagan-mnist-conditional"),
                                    "x",
                                    List.of("data={dataset: stacked-mnist, batch_size: 64}", "model.classes=1000"))
                            .model()
                            .classes())
                    .isEqualTo(1000);
            assertThat(ConfigReader.fromYaml(
                                    Presets.yaml("sagan-cifar10"),
                                    "x",
                                    List.of("data={dataset: stl10, split: test, image_size: 32}"))
                            .data()
                            .split())
                    .isEqualTo("test");
            assertThat(ConfigReader.fromYaml(
                                    Presets.yaml("sagan-mnist-conditional"),
                                    "x",
                                    List.of(
                                            "data={dataset: folder, path: /nowhere, image_size: 28, channels: 1}",
                                            "model.classes=3"))
                            .model()
                            .classes())
                    .isEqualTo(3);
        }

        @Test
        @DisplayName("a gradient penalty is allowed (its interpolates are scored with the real labels)")
        void gradientPenalty() {
            RunConfig c = ConfigReader.fromYaml(
                    Presets.yaml("sagan-mnist-conditional"),
                    "x",
                    List.of("regularisers.gradient_penalty={weight: 10}", "objective=wasserstein"));
            assertThat(c.regularisers().get(GradientPenaltyConfig.class).weight())
                    .isEqualTo(10.0);
        }
    }

    @Nested
    @DisplayName("reports, naming the key")
    class Reports {

        @Test
        void notTheDatasetsClasses() {
            assertThat(violations("model.classes=7"))
                    .containsExactly(
                            "model.classes: mnist has 10 classes: use 10 (or 0 for an unconditional run), found 7");
            assertThat(violations("model.classes=1"))
                    .containsExactly(
                            "model.classes: must be 0 (unconditional) or the dataset's number of classes, at least "
                                    + "2, found 1");
            assertThat(violations("data={dataset: stacked-mnist, batch_size: 64}"))
                    .containsExactly(
                            "model.classes: stacked-mnist has 1000 classes: use 1000 (or 0 for an unconditional "
                                    + "run), found 10");
        }

        @Test
        void unlabelledData() {
            assertThat(catchThrowableOfType(
                                    ConfigException.class,
                                    () -> ConfigReader.fromYaml("model: {classes: 10}", "'t'", List.of()))
                            .violations())
                    .containsExactly("model.classes: toy data (ring) are unlabelled points; class "
                            + "conditioning needs a labelled image dataset: use 0, found 10");
            assertThat(violations("data={dataset: stl10, split: unlabeled, image_size: 28}"))
                    .containsExactly(
                            "data.split: a class-conditional run (model.classes 10) needs every image labelled; "
                                    + "stl10 'unlabeled' has "
                                    + "unlabelled images: use train or test");
            assertThat(violations("data={dataset: stl10, split: train+unlabeled, image_size: 28}"))
                    .containsExactly(
                            "data.split: a class-conditional run (model.classes 10) needs every image labelled; "
                                    + "stl10 'train+unlabeled' has "
                                    + "unlabelled images: use train or test");
        }

        @Test
        void networksWithoutBatchNormOrFeaturesToProject() {
            assertThat(violations("model.generator.norm=none"))
                    .containsExactly("model.generator.norm: the class enters G "
                            + "through its batch norms (model.classes 10): use batch or auto, found 'none'");
            assertThat(violations("model.generator={architecture: mlp}", "model.discriminator={architecture: mlp}"))
                    .containsExactly(
                            "model.generator.architecture: class-conditional batch norm (model.classes 10) is built "
                                    + "for dcgan and sngan, "
                                    + "found 'mlp'",
                            "model.discriminator.architecture: the projection discriminator (model.classes 10) is "
                                    + "built for dcgan and "
                                    + "sngan, found 'mlp'");
            assertThat(violations("model.discriminator={architecture: autoencoder}", "objective=ebgan-margin"))
                    .containsExactly(
                            "model.discriminator.architecture: the projection discriminator (model.classes 10) is "
                                    + "built for dcgan and "
                                    + "sngan, found 'autoencoder'");
        }

        @Test
        void packingAndInfogan() {
            assertThat(violations("model.discriminator.packing=2"))
                    .containsExactly("model.discriminator.packing: the "
                            + "projection scores each image with its own class (model.classes 10): use 1, found 2");
            assertThat(violations("infogan={}"))
                    .containsExactly("infogan: InfoGAN's codes and class conditioning "
                            + "(model.classes 10) are not combined: remove one");
        }
    }
}
