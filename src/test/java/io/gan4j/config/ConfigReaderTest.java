package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading a config")
class ConfigReaderTest {

    private static List<String> violations(String yaml, String... overrides) {
        return catchThrowableOfType(
                        ConfigException.class, () -> ConfigReader.fromYaml(yaml, "'t.yaml'", List.of(overrides)))
                .violations();
    }

    @Nested
    @DisplayName("binds")
    class Binds {

        @Test
        void anEmptyFileToTheDefaults() {
            assertThat(ConfigReader.fromYaml("", "x", List.of())).isEqualTo(RunConfig.defaults());
        }

        @Test
        void nestedKeysOverTheDefaults() {
            RunConfig c =
                    ConfigReader.fromYaml("train: {steps: 123}\nmodel:\n  generator: {width: 64}\n", "x", List.of());
            assertThat(c.train().steps()).isEqualTo(123);
            assertThat(c.train().nCritic()).isEqualTo(TrainConfig.defaults().nCritic());
            assertThat(c.model().generator().width()).isEqualTo(64);
            assertThat(c.model().generator().depth())
                    .isEqualTo(GeneratorConfig.defaults().depth());
        }

        @Test
        void numbersWrittenAsYamlStrings() {
            RunConfig c =
                    ConfigReader.fromYaml("optimisers: {generator: {lr: 1e-4}}\ntrain: {steps: 2e3}", "x", List.of());
            assertThat(c.optimisers().generator().lr()).isEqualTo(1e-4);
            assertThat(c.train().steps()).isEqualTo(2000);
        }

        @Test
        void anOptionalSectionFromItsOwnDefaults() {
            RunConfig c = ConfigReader.fromYaml(
                    "objective: wasserstein\nregularisers: {gradient_penalty: {one_sided: true}}", "x", List.of());
            assertThat(c.regularisers().get(GradientPenaltyConfig.class))
                    .isEqualTo(new GradientPenaltyConfig(10.0, true));
            assertThat(c.regularisers().get(WeightClippingConfig.class)).isNull();
        }

        @Test
        void overridesAfterTheFile() {
            RunConfig c = ConfigReader.fromYaml(
                    "train: {steps: 5}",
                    "x",
                    List.of(
                            "train.steps=7",
                            "regularisers.weight_clipping={clip: 0.02}",
                            "model.discriminator.packing=4"));
            assertThat(c.train().steps()).isEqualTo(7);
            assertThat(c.regularisers().get(WeightClippingConfig.class).clip()).isEqualTo(0.02);
            assertThat(c.model().discriminator().packing()).isEqualTo(4);
        }

        @Test
        void andWritesBackToAnEqualConfig() {
            RunConfig c = ConfigReader.fromYaml(
                    "objective: hinge\nregularisers: {weight_clipping: {clip: 0.5}}\nseed: 42", "x", List.of());
            assertThat(ConfigReader.fromYaml(ConfigWriter.toYaml(c), "y", List.of()))
                    .isEqualTo(c);
        }
    }

    @Nested
    @DisplayName("reports, all at once and naming key and value")
    class Reports {

        @Test
        @DisplayName("a field's problem and a combination's in one round")
        void fieldsAndCombinationsTogether() {
            assertThat(violations("objective: wasserstein\nregularisers: {gradient_penalty: {weight: 10}, "
                            + "weight_clipping: {clip: 0.01}}\n"
                            + "optimisers: {generator: {lr: -1}}\ntrain: {steps: 0}"))
                    .containsExactly(
                            "optimisers.generator.lr: must be positive, found -1.0",
                            "train.steps: must be at least 1, found 0",
                            "regularisers: choose one of gradient_penalty and weight_clipping: clipping the weights "
                                    + "undoes the gradient the "
                                    + "penalty asks for");
        }

        @Test
        @DisplayName("no combination of an invalid network: packing 0 is reported alone, not divided by")
        void combinationsWaitForValidNetworks() {
            assertThat(violations("model: {discriminator: {packing: 0}}\noptimisers: {generator: {lr: -1}}"))
                    .hasSize(2)
                    .allMatch(m ->
                            m.startsWith("model.discriminator.packing: ") || m.startsWith("optimisers.generator.lr: "));
        }

        @Test
        void unknownKeysWithTheKnownOnes() {
            assertThat(violations("train: {stepz: 10}\nobjectiv: hinge"))
                    .containsExactly(
                            "objectiv: unknown key; did you mean 'objective'? known keys: name, seed, threads, device, "
                                    + "data, model, infogan, "
                                    + "objective, "
                                    + "regularisers, optimisers, train, log",
                            "train.stepz: unknown key; did you mean 'steps'? known keys of train: steps, n_critic, "
                                    + "wgan_schedule, ema, "
                                    + "checkpoint_every, "
                                    + "keep_checkpoints, nan_patience");
        }

        @Test
        @DisplayName(
                "self-attention only where the network has feature maps of that side; spectral norm in G only for CNNs")
        void attention() {
            assertThat(violations("data: {dataset: mnist}\nmodel: {generator: {architecture: dcgan, attention: 28}, "
                            + "discriminator: {architecture: sngan, attention: 14, norm: none}}"))
                    .containsExactly(
                            "model.discriminator.architecture: sngan needs a side that is a multiple of 8 (the "
                                    + "paper: 32, 48), found mnist "
                                    + "images of side 28 (set data.image_size to resize them)",
                            "model.generator.attention: the dcgan generator for 1×28×28 has feature maps of sides "
                                    + "[7, 14], found 28");
            assertThat(violations("data: {dataset: cifar10}\nmodel: {generator: {architecture: mlp, attention: 16}, "
                            + "discriminator: {architecture: sngan, attention: 32, norm: none}}"))
                    .containsExactly(
                            "model.generator.attention: self-attention needs feature maps: use the dcgan or sngan "
                                    + "architecture, found 'mlp'");
            assertThat(violations("model: {generator: {attention: -1}}"))
                    .containsExactly("model.generator.attention: must be from 0 to 1024, found -1");
            assertThat(violations("model: {generator: {spectral_norm: true}}"))
                    .containsExactly(
                            "model.generator.spectral_norm: spectral norm in the generator is built for dcgan and "
                                    + "sngan, found 'mlp'");
        }

        @Test
        void wrongTypes() {
            assertThat(violations(
                            "train: {steps: many, wgan_schedule: 3}\nmodel: {generator: {width: 1.5}}\ndata: [1, 2]"))
                    .containsExactly(
                            "data: expected a mapping of keys to values, found a list",
                            "model.generator.width: expected an integer, found 1.5",
                            "train.steps: expected an integer, found 'many'",
                            "train.wgan_schedule: expected true or false, found 3");
        }

        @Test
        void outOfRangeValues() {
            assertThat(violations("optimisers: {generator: {lr: -0.001}}\ntrain: {n_critic: 0}\n"
                            + "regularisers: {weight_clipping: {clip: 0}}\nobjective: wgan"))
                    .containsExactly(
                            "objective: unknown value 'wgan'; known: combined-kl, ebgan-margin, hinge, "
                                    + "least-squares, minimax, "
                                    + "non-saturating, wasserstein",
                            "regularisers.weight_clipping.clip: must be positive, found 0.0",
                            "optimisers.generator.lr: must be positive, found -0.001",
                            "train.n_critic: must be from 1 to 1000, found 0");
        }

        @Test
        void batchNormWithAGradientPenalty() {
            assertThat(violations("regularisers: {gradient_penalty: {}}\nmodel: {discriminator: {norm: batch}}"))
                    .singleElement()
                    .asString()
                    .startsWith(
                            "model.discriminator.norm: must be none with regularisers.gradient_penalty (found 'batch'");
        }

        @Test
        void packingThatDoesNotDivideTheBatch() {
            assertThat(violations("data: {batch_size: 100}\nmodel: {discriminator: {packing: 3}}"))
                    .containsExactly(
                            "data.batch_size: must be a multiple of model.discriminator.packing (3), found 100");
        }

        @Test
        void badOverrides() {
            assertThat(violations("train: {steps: 5}", "train.steps", "train.steps.x=1", "seed=abc"))
                    .containsExactly(
                            "--set train.steps: expected key=value, for example train.steps=1000",
                            "train.steps.x: cannot set: train.steps is not a mapping",
                            "seed: expected an integer, found 'abc'");
        }

        @Test
        void yamlSyntaxWithItsLine() {
            assertThat(violations("train:\n  steps: [1, 2\nlog: {}"))
                    .singleElement()
                    .asString()
                    .startsWith("YAML syntax error at line 3, column");
        }

        @Test
        void theSourceInTheMessage() {
            assertThatThrownBy(() -> ConfigReader.fromYaml("train: {steps: 0}", "'my.yaml'", List.of()))
                    .hasMessage("invalid configuration 'my.yaml' (1 problem):\n  - train.steps: must be at least 1, "
                            + "found 0");
        }
    }

    @Nested
    @DisplayName("finds")
    class Finds {

        @Test
        void aFileBeforeAPreset(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("c.yaml");
            Files.writeString(file, "name: mine\ntrain: {steps: 3}");
            assertThat(ConfigReader.read(file.toString(), List.of()).name()).isEqualTo("mine");
        }

        @Test
        void aPresetByName() {
            assertThat(ConfigReader.read("wgan-gp-ring", List.of()).objective().name())
                    .isEqualTo("wasserstein");
        }

        @Test
        void neitherWithTheListOfPresets() {
            assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigReader.read("wgan-ring-gp", List.of()))
                            .violations())
                    .singleElement()
                    .asString()
                    .startsWith("no config file or preset of that name; did you mean 'wgan-gp-ring'? presets: ");
        }

        @Test
        void aMissingYamlFileByItsPath() {
            assertThat(catchThrowableOfType(
                                    ConfigException.class, () -> ConfigReader.read("nope/missing.yaml", List.of()))
                            .violations())
                    .singleElement()
                    .asString()
                    .startsWith("file not found: ")
                    .endsWith("nope/missing.yaml");
        }
    }
}
