package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gan4j.regularisers.GradientPenalty;
import io.gan4j.regularisers.PullingAway;
import io.gan4j.regularisers.WeightClipping;
import io.gan4j.step.GradientSynchroniser;
import io.gan4j.step.StepTerms;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The regularisers' registry")
class RegularisersConfigTest {

    private static List<String> violations(String yaml, String... overrides) {
        return catchThrowableOfType(
                        ConfigException.class, () -> ConfigReader.fromYaml(yaml, "'t.yaml'", List.of(overrides)))
                .violations();
    }

    @Test
    @DisplayName(
            "binds each known section from its own defaults, and writes every known name, null when off, as before")
    void bindsAndWrites() {
        RunConfig c = Presets.config("ebgan-mnist");
        assertThat(c.regularisers().on()).containsOnlyKeys("pulling_away");
        assertThat(c.regularisers().get(PullingAwayConfig.class)).isEqualTo(new PullingAwayConfig(0.1));
        assertThat(c.regularisers().get(GradientPenaltyConfig.class)).isNull();
        assertThat(ConfigWriter.toYaml(c))
                .contains("regularisers:\n  gradient_penalty: null\n  weight_clipping: null\n"
                        + "  pulling_away:\n    weight: 0.1\noptimisers:");
        RunConfig gp =
                ConfigReader.fromYaml("objective: wasserstein", "x", List.of("regularisers.gradient_penalty={}"));
        assertThat(gp.regularisers().get(GradientPenaltyConfig.class)).isEqualTo(GradientPenaltyConfig.defaults());
        assertThat(ConfigReader.fromYaml(ConfigWriter.toYaml(gp), "y", List.of()))
                .isEqualTo(gp);
    }

    @Test
    @DisplayName("names the known regularisers for an unknown one, and reports each section's own problems")
    void reports() {
        assertThat(violations("regularisers: {r1: {gamma: 10}, gradient_penalty: {weight: -1, sided: 1}}"))
                .containsExactly(
                        "regularisers.r1: unknown key; known keys of regularisers: gradient_penalty, "
                                + "weight_clipping, pulling_away",
                        "regularisers.gradient_penalty.sided: unknown key; known keys of "
                                + "regularisers.gradient_penalty: weight, one_sided",
                        "regularisers.gradient_penalty.weight: must be positive, found -1.0");
        assertThat(violations("regularisers: {weight_clipping: 0.01}"))
                .containsExactly("regularisers.weight_clipping: expected a mapping of keys to values, found 0.01");
    }

    @Test
    @DisplayName("lists every RegulariserConfig of the config package, once")
    void registryIsComplete() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(RegulariserConfig.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("io/gan4j/config");
        List<String> implementations;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            implementations = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .filter(n -> {
                        try {
                            Class<?> c = Class.forName("io.gan4j.config." + n);
                            return RegulariserConfig.class.isAssignableFrom(c) && !c.isInterface();
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted()
                    .toList();
        }
        assertThat(RegularisersConfig.known().stream()
                        .map(r -> r.getClass().getSimpleName())
                        .sorted())
                .containsExactlyElementsOf(implementations);
        assertThat(RegularisersConfig.names()).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("each adds its own term or constraint to the steps, in the registry's order")
    void addsItsTerms() {
        StepTerms terms = new StepTerms(GradientSynchroniser.NONE);
        new RegularisersConfig(java.util.Map.of(
                        "pulling_away",
                        new PullingAwayConfig(0.2),
                        "weight_clipping",
                        new WeightClippingConfig(0.05),
                        "gradient_penalty",
                        new GradientPenaltyConfig(5, true)))
                .addTo(terms);
        assertThat(terms.discriminator()).singleElement().isInstanceOfSatisfying(GradientPenalty.class, g -> {
            assertThat(g.weight()).isEqualTo(5.0);
            assertThat(g.oneSided()).isTrue();
        });
        assertThat(terms.constraints()).singleElement().isInstanceOf(WeightClipping.class);
        assertThat(terms.generator())
                .singleElement()
                .isInstanceOfSatisfying(
                        PullingAway.class, p -> assertThat(p.weight()).isEqualTo(0.2));
    }
}
