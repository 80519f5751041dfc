package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Presets")
class PresetsTest {

    static Stream<String> names() {
        return Presets.names().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    @DisplayName("each is valid, named after its file, and described in one line")
    void valid(String name) {
        RunConfig c = Presets.config(name);
        assertThat(c.name()).isEqualTo(name);
        assertThat(Presets.description(name)).isNotBlank().doesNotContain("\n");
    }

    @Test
    @DisplayName("every YAML file in the presets directory is listed in INDEX, and nothing else")
    void indexMatchesFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/gan4j/presets"))) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(f -> f.endsWith(".yaml"))
                            .map(f -> f.substring(0, f.length() - 5))
                            .collect(Collectors.toSet()))
                    .isEqualTo(Presets.names().stream().collect(Collectors.toSet()));
        }
    }

    @Test
    @DisplayName("the demo is the best ring preset (Presets.DEMO_BEST) under its own name")
    void demoIsTheBestPreset() {
        RunConfig demo = Presets.config("demo");
        RunConfig best = Presets.config(Presets.DEMO_BEST);
        assertThat(new RunConfig(
                        best.name(),
                        demo.seed(),
                        demo.threads(),
                        demo.device(),
                        demo.data(),
                        demo.model(),
                        demo.infogan(),
                        demo.objective(),
                        demo.regularisers(),
                        demo.optimisers(),
                        demo.train(),
                        demo.log()))
                .isEqualTo(best);
    }

    @Test
    @DisplayName("the WGAN-GP presets follow the paper: λ = 10, Adam 1e-4 (0.5, 0.9), n_critic 5, no batch norm in the "
            + "critic")
    void wganGpFollowsThePaper() {
        for (String name : new String[] {"wgan-gp-ring", "wgan-gp1-ring"}) {
            RunConfig c = Presets.config(name);
            assertThat(c.regularisers().get(GradientPenaltyConfig.class).weight())
                    .isEqualTo(10.0);
            assertThat(c.optimisers().discriminator()).isEqualTo(OptimiserConfig.adam(1e-4, 0.5, 0.9));
            assertThat(c.train().nCritic()).isEqualTo(5);
            assertThat(c.model().discriminator().batchNorm()).isFalse();
        }
        assertThat(Presets.config("wgan-gp1-ring")
                        .regularisers()
                        .get(GradientPenaltyConfig.class)
                        .oneSided())
                .isTrue();
    }

    @Test
    @DisplayName("the WGAN preset follows the paper: clipping at 0.01, RMSProp 5e-5, n_critic 5")
    void wganClipFollowsThePaper() {
        RunConfig c = Presets.config("wgan-clip-ring");
        assertThat(c.regularisers().get(WeightClippingConfig.class).clip()).isEqualTo(0.01);
        assertThat(c.optimisers().discriminator().type()).isEqualTo("rmsprop");
        assertThat(c.optimisers().discriminator().lr()).isEqualTo(5e-5);
        assertThat(c.train().nCritic()).isEqualTo(5);
    }
}
