package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InfoGAN in a config")
class InfoganConfigTest {

    private static List<String> violations(String yaml, String... overrides) {
        return catchThrowableOfType(
                        ConfigException.class, () -> ConfigReader.fromYaml(yaml, "'t.yaml'", List.of(overrides)))
                .violations();
    }

    @Nested
    @DisplayName("binds")
    class Binds {

        @Test
        @DisplayName("the infogan-mnist preset: z of 62 from U(−1, 1), Cat(10) and 2 continuous codes, λ = 1, the "
                + "paper's networks")
        void thePreset() {
            RunConfig c = Presets.config("infogan-mnist");
            assertThat(c.infogan()).isEqualTo(new InfoganConfig(List.of(10), 2, 1.0, 1.0, true, 128, 10_000));
            assertThat(c.model().latentDim()).isEqualTo(62);
            assertThat(c.model().latentPrior()).isEqualTo("uniform");
            assertThat(c.model().generator().dense()).isEqualTo(1024);
            assertThat(c.model().discriminator().dense()).isEqualTo(1024);
            assertThat(c.model().discriminator().activation()).isEqualTo("leaky_relu_0.1");
            assertThat(c.data().batchSize()).isEqualTo(128);
            assertThat(c.optimisers().discriminator()).isEqualTo(OptimiserConfig.adam(2e-4, 0.5, 0.999));
            assertThat(c.optimisers().generator()).isEqualTo(OptimiserConfig.adam(1e-3, 0.5, 0.999));
            assertThat(c.objective().name()).isEqualTo("non-saturating");
        }

        @Test
        @DisplayName("absent means no codes; an empty mapping means the paper's MNIST codes; it writes out and reads "
                + "back equal")
        void defaultsAndRoundTrip() {
            assertThat(ConfigReader.fromYaml("", "x", List.of()).infogan()).isNull();
            RunConfig c = ConfigReader.fromYaml("infogan: {}", "x", List.of());
            assertThat(c.infogan()).isEqualTo(InfoganConfig.defaults());
            String yaml = ConfigWriter.toYaml(c.withResolvedModel());
            assertThat(yaml).contains("infogan:\n  categorical:\n  - 10\n  continuous: 2\n");
            assertThat(ConfigReader.fromYaml(yaml, "y", List.of())).isEqualTo(c.withResolvedModel());
            assertThat(ConfigReader.fromYaml(ConfigWriter.toYaml(Presets.config("infogan-mnist")), "z", List.of()))
                    .isEqualTo(Presets.config("infogan-mnist"));
        }

        @Test
        @DisplayName("several categorical codes from --set, or none beside continuous ones")
        void codes() {
            RunConfig c = ConfigReader.fromYaml(
                    "infogan: {}", "x", List.of("infogan.categorical=[10, 3]", "infogan.continuous=0"));
            assertThat(c.infogan().categorical()).containsExactly(10, 3);
            assertThat(c.infogan().continuous()).isZero();
            assertThat(ConfigReader.fromYaml("infogan: {categorical: [], continuous: 1}", "x", List.of())
                            .infogan()
                            .categorical())
                    .isEmpty();
        }

        @Test
        @DisplayName("a changed code is a changed key for resume")
        void diff() {
            RunConfig a = ConfigReader.fromYaml("infogan: {}", "x", List.of());
            RunConfig b = ConfigReader.fromYaml("infogan: {categorical: [12]}", "x", List.of());
            assertThat(ConfigDiff.changedKeys(a, b)).containsExactly("infogan.categorical");
        }
    }

    @Nested
    @DisplayName("reports, naming the key")
    class Reports {

        @Test
        void categoricalNotAList() {
            assertThat(violations("infogan: {categorical: 10}"))
                    .containsExactly("infogan.categorical: expected a list of integers such as [10], found 10");
            assertThat(violations("infogan: {categorical: [10, ten]}"))
                    .containsExactly(
                            "infogan.categorical: expected a list of integers such as [10], found an item 'ten'");
        }

        @Test
        void codesThatCarryNothing() {
            assertThat(violations("infogan: {categorical: [10, 1]}"))
                    .containsExactly(
                            "infogan.categorical: each code needs 2 to 100000 categories, found 1 at position 2");
            assertThat(violations("infogan: {categorical: [], continuous: 0}"))
                    .containsExactly("infogan: needs at least one code: categorical is empty and continuous is 0");
            assertThat(violations("infogan: {continuous: -1}"))
                    .containsExactly("infogan.continuous: must be from 0 to 65536, found -1");
        }

        @Test
        void weightsWidthAndSamples() {
            assertThat(violations("infogan: {categorical_weight: 0, continuous_weight: -0.1, q_width: 0, "
                            + "accuracy_samples: -5}"))
                    .containsExactly(
                            "infogan.categorical_weight: must be positive, found 0.0",
                            "infogan.continuous_weight: must be positive, found -0.1",
                            "infogan.q_width: must be from 1 to 65536, found 0",
                            "infogan.accuracy_samples: must be from 0 to 1000000, found -5");
            assertThat(violations("infogan: {lambda: 1}"))
                    .containsExactly("infogan.lambda: unknown key; known keys of "
                            + "infogan: categorical, continuous, categorical_weight, continuous_weight, "
                            + "fixed_variance, q_width, accuracy_samples");
        }

        @Test
        void aDiscriminatorWithoutFeaturesPerSample() {
            assertThat(violations("infogan: {}\nobjective: ebgan-margin\nmodel: {discriminator: {architecture: "
                            + "autoencoder}}"))
                    .containsExactly(
                            "model.discriminator.architecture: infogan's Q head shares the trunk of the mlp, dcgan or "
                                    + "sngan discriminator (the features its last dense layer scores), found "
                                    + "'autoencoder'");
            assertThat(violations("infogan: {}\nmodel: {discriminator: {packing: 2}}"))
                    .containsExactly(
                            "model.discriminator.packing: infogan's Q estimates the codes of each sample: use 1, "
                                    + "found 2");
        }

        @Test
        void aDenseLayerOutsideDcgan() {
            assertThat(violations("model: {generator: {dense: 64}, discriminator: {dense: 64}}"))
                    .containsExactly(
                            "model.generator.dense: a dense hidden layer is built for the dcgan generator: leave 0 "
                                    + "for mlp, found 64",
                            "model.discriminator.dense: a dense hidden layer is built for the dcgan discriminator: "
                                    + "leave 0 for mlp, found 64");
        }
    }
}
