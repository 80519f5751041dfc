package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("EBGAN in a config")
class EbganConfigTest {

    /** A toy EBGAN: the margin objective with the auto-encoder discriminator on the ring. */
    private static final String TOY = "objective: ebgan-margin\nmodel: {discriminator: {architecture: autoencoder}}\n";

    private static List<String> violations(String yaml, String... overrides) {
        return catchThrowableOfType(
                        ConfigException.class, () -> ConfigReader.fromYaml(yaml, "'t.yaml'", List.of(overrides)))
                .violations();
    }

    @Nested
    @DisplayName("binds")
    class Binds {

        @Test
        @DisplayName(
                "the ebgan-mnist preset: m = 10, λ_PT = 0.1, Adam 1e-3, batch 64, the auto-encoder with a 64-unit code")
        void thePreset() {
            RunConfig c = Presets.config("ebgan-mnist");
            assertThat(c.objective()).isEqualTo(new EbganMarginConfig(10));
            assertThat(c.regularisers().get(PullingAwayConfig.class)).isEqualTo(new PullingAwayConfig(0.1));
            assertThat(c.optimisers().generator().lr()).isEqualTo(1e-3);
            assertThat(c.optimisers().discriminator().lr()).isEqualTo(1e-3);
            assertThat(c.data().batchSize()).isEqualTo(64);
            assertThat(c.model().discriminator().architecture()).isEqualTo(Architectures.AUTOENCODER);
            assertThat(c.model().discriminator().codeSize()).isEqualTo(64);
        }

        @Test
        @DisplayName("a margin objective named alone has m = 10, a code size 0 resolves to the width, and both are "
                + "written out")
        void defaultsResolvedAndWritten() {
            RunConfig c = ConfigReader.fromYaml(TOY, "x", List.of());
            assertThat(c.objective()).isEqualTo(new EbganMarginConfig(10));
            RunConfig resolved = c.withResolvedModel();
            assertThat(resolved.model().discriminator().codeSize()).isEqualTo(64);
            assertThat(resolved.model().discriminator().width()).isEqualTo(64);
            assertThat(resolved.model().discriminator().activation()).isEqualTo("leaky_relu");
            assertThat(resolved.model().discriminator().norm()).isEqualTo("none");
            assertThat(ConfigWriter.toYaml(resolved)).contains("objective:\n  name: ebgan-margin\n  margin: 10.0\n");
            assertThat(ConfigReader.fromYaml(ConfigWriter.toYaml(resolved), "y", List.of()))
                    .isEqualTo(resolved);
        }

        @Test
        @DisplayName("the margin and the pulling-away weight from the file or --set, over a name alone too")
        void parameters() {
            RunConfig c = ConfigReader.fromYaml(
                    TOY.replace("objective: ebgan-margin", "objective: {name: ebgan-margin, margin: 5}"),
                    "x",
                    List.of("regularisers.pulling_away={weight: 0.3}"));
            assertThat(c.objective()).isEqualTo(new EbganMarginConfig(5));
            assertThat(c.regularisers().get(PullingAwayConfig.class).weight()).isEqualTo(0.3);
            assertThat(ConfigReader.fromYaml(TOY, "x", List.of("objective.margin=4"))
                            .objective())
                    .isEqualTo(new EbganMarginConfig(4));
            assertThat(ConfigReader.fromYaml(TOY, "x", List.of("regularisers.pulling_away={}"))
                            .regularisers()
                            .get(PullingAwayConfig.class))
                    .isEqualTo(PullingAwayConfig.defaults());
        }

        @Test
        @DisplayName("a run directory's config of an earlier version: ebgan_margin moves into the objective, and "
                + "its null beside another objective is dropped")
        void legacyKeys() {
            assertThat(ConfigReader.fromYaml(TOY + "ebgan_margin: {margin: 5}", "x", List.of())
                            .objective())
                    .isEqualTo(new EbganMarginConfig(5));
            assertThat(ConfigReader.fromYaml("objective: hinge\nebgan_margin: null", "x", List.of())
                            .objective())
                    .isEqualTo(new ObjectiveConfig.Named("hinge"));
        }

        @Test
        @DisplayName(
                "the auto-encoder is fully connected on points and convolutional on images (for the thread defaults)")
        void convolutional() {
            assertThat(ConfigReader.fromYaml(TOY, "x", List.of()).convolutional())
                    .isFalse();
            assertThat(Presets.config("ebgan-mnist").convolutional()).isTrue();
        }
    }

    @Nested
    @DisplayName("reports, naming the key")
    class Reports {

        @Test
        void theMarginObjectiveWithoutTheAutoEncoder() {
            assertThat(violations("objective: ebgan-margin\nmodel: {discriminator: {architecture: mlp}}"))
                    .containsExactly(
                            "model.discriminator.architecture: objective ebgan-margin is written for energies, "
                                    + "which the autoencoder "
                                    + "discriminator gives (its reconstruction error): use autoencoder, found 'mlp'");
        }

        @Test
        void theAutoEncoderWithAnotherObjective() {
            assertThat(violations("objective: hinge\nmodel: {discriminator: {architecture: autoencoder}}"))
                    .containsExactly(
                            "objective: the autoencoder discriminator gives energies (low on real data), which only "
                                    + "ebgan-margin is "
                                    + "written for: use ebgan-margin, found 'hinge'");
        }

        @Test
        void aMarginThatIsNotPositiveAndTheOldSectionWithAnotherObjective() {
            assertThat(violations(TOY.replace("objective: ebgan-margin", "objective: {name: ebgan-margin, margin: 0}")))
                    .containsExactly("objective.margin: must be positive, found 0.0");
            String moved = "ebgan_margin: the parameters of objective ebgan-margin now live in the objective: write "
                    + "objective: {name: ebgan-margin, margin: …} (or --set objective.margin=…) instead";
            assertThat(violations("ebgan_margin: {margin: 3}")).containsExactly(moved);
            assertThat(violations(TOY + "ebgan_margin: {margin: 0}"))
                    .containsExactly("objective.margin: must be positive, found 0.0");
            assertThatThrownBy(() -> ConfigReader.fromYaml(TOY, "x", List.of("ebgan_margin.margin=3")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(moved);
        }

        @Test
        void anObjectiveMappingWithoutANameOrWithAParameterItLacks() {
            assertThat(violations("objective: {margin: 3}"))
                    .containsExactly("objective: expected an objective's name, or a mapping of its name and "
                            + "parameters such as {name: ebgan-margin, margin: 1}, found a mapping without a name");
            assertThat(violations("objective: {name: hinge, margin: 3}"))
                    .containsExactly("objective.margin: unknown key; known keys of objective: name");
            assertThat(violations("objective: {name: hinj}"))
                    .containsExactly(
                            "objective: unknown value 'hinj'; did you mean 'hinge'? known: combined-kl, ebgan-margin, "
                                    + "hinge, "
                                    + "least-squares, minimax, non-saturating, wasserstein");
        }

        @Test
        void thePullingAwayTermWithoutCodes() {
            assertThat(violations("regularisers: {pulling_away: {weight: 0.1}}"))
                    .containsExactly("regularisers.pulling_away: needs the codes of the autoencoder discriminator: set "
                            + "model.discriminator.architecture to autoencoder, found 'mlp'");
            assertThat(violations(TOY + "regularisers: {pulling_away: {weight: -1}}"))
                    .containsExactly("regularisers.pulling_away.weight: must be positive, found -1.0");
            assertThat(violations(TOY + "regularisers: {pulling_away: {}}\ndata: {batch_size: 1}"))
                    .containsExactly(
                            "data.batch_size: must be at least 2 with regularisers.pulling_away (it compares the "
                                    + "codes of distinct "
                                    + "samples), found 1");
        }

        @Test
        void aCodeSizeOrPackingThatDoesNotFit() {
            assertThat(violations("model: {discriminator: {code_size: 16}}"))
                    .containsExactly(
                            "model.discriminator.code_size: only the autoencoder has a code: leave 0, found 16");
            assertThat(violations(TOY, "model.discriminator.packing=2"))
                    .containsExactly(
                            "model.discriminator.packing: the autoencoder gives one energy per sample: use 1, found 2");
        }

        @Test
        void theAutoEncoderAsAGenerator() {
            assertThat(violations("model: {generator: {architecture: autoencoder}}"))
                    .containsExactly(
                            "model.generator.architecture: unknown value 'autoencoder'; known: mlp, dcgan, sngan");
        }

        @Test
        void anImageSideTheAutoEncoderCannotBuild() {
            assertThat(violations("data: {dataset: mnist, image_size: 30}\nobjective: ebgan-margin\n"
                            + "model: {discriminator: {architecture: autoencoder}}"))
                    .singleElement()
                    .asString()
                    .startsWith("model.discriminator.architecture: autoencoder needs a side b·2^n with 4 ≤ b ≤ 7");
        }
    }
}
