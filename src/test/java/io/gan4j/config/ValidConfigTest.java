package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gan4j.torch.ThreadSettings;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A valid config")
class ValidConfigTest {

    @Test
    @DisplayName("is refused with every violation of a config built in Java, in one round")
    void everyViolationAtOnce() {
        RunConfig c = RunConfig.defaults().withTrain(new TrainConfig(0, 1, false, 0.0, 1000, 2, 0));
        RunConfig bad = new RunConfig(
                "no spaces allowed",
                c.seed(),
                c.threads(),
                "tpu",
                c.data(),
                c.model(),
                c.infogan(),
                c.objective(),
                c.regularisers(),
                c.optimisers(),
                c.train(),
                c.log());
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ValidConfig.of(bad));
        assertThat(e.violations())
                .anyMatch(v -> v.startsWith("name: ") && v.contains("no spaces allowed"))
                .anyMatch(v -> v.startsWith("device: ") && v.contains("tpu"))
                .anyMatch(v -> v.startsWith("train.steps: "));
        assertThat(e.exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("has its threads resolved to the measured default for its networks, and no total")
    void resolvesThreads() {
        RunConfig r = ValidConfig.of(RunConfig.defaults()).config();
        ThreadSettings mlp = ThreadSettings.defaults();
        assertThat(r.threads()).isEqualTo(new ThreadsConfig(mlp.intraOp(), mlp.blas(), 0));
        RunConfig dcgan = ValidConfig.read("dcgan-mnist", List.of()).config();
        ThreadSettings conv = ThreadSettings.convolutionDefaults();
        assertThat(dcgan.threads()).isEqualTo(new ThreadsConfig(conv.intraOp(), conv.blas(), 0));
        assertThat(ValidConfig.read("dcgan-mnist", List.of("threads.total=3", "threads.blas=2"))
                        .config()
                        .threads())
                .as("--threads 3 on a convolutional network: 3 intra-op; blas set explicitly wins")
                .isEqualTo(new ThreadsConfig(3, 2, 0));
    }

    @Test
    @DisplayName("has no auto or 0 left in its networks: each is the architecture's choice")
    void resolvesTheNetworks() {
        RunConfig defaults = RunConfig.defaults();
        assertThat(defaults.model().generator().width()).isZero();
        assertThat(defaults.model().generator().activation()).isEqualTo(Architectures.AUTO);
        RunConfig r = ValidConfig.of(defaults).config();
        GeneratorFamily mlp = Architectures.findGenerator(Architectures.MLP).orElseThrow();
        assertThat(r.model().generator().width()).isEqualTo(mlp.width()).isPositive();
        assertThat(r.model().generator().activation()).isEqualTo(mlp.generatorActivation());
        assertThat(r.model().generator().norm()).isEqualTo(mlp.generatorNorm());
        assertThat(r.model().discriminator().activation()).isNotEqualTo(Architectures.AUTO);
        assertThat(r.model().discriminator().width()).isPositive();
    }

    @Test
    @DisplayName("is its own resolution: resolving what config.yaml records changes nothing")
    void idempotent() {
        for (String preset : Presets.names()) {
            ValidConfig v = ValidConfig.read(preset, List.of());
            assertThat(ValidConfig.of(v.config())).as(preset).isEqualTo(v);
            String yaml = ConfigWriter.toYaml(v.config());
            assertThat(ValidConfig.fromYaml(yaml, "config.yaml", List.of()))
                    .as(preset)
                    .isEqualTo(v);
        }
    }

    @Test
    @DisplayName("from YAML reports parse problems and range problems in the same round")
    void yamlInOneRound() {
        ConfigException e = catchThrowableOfType(
                ConfigException.class,
                () -> ValidConfig.fromYaml("train: {steps: -1}\nmodel: {latent_dimm: 3}\n", "'t.yaml'", List.of()));
        assertThat(e.source()).isEqualTo("'t.yaml'");
        assertThat(e.violations()).anyMatch(v -> v.contains("latent_dimm")).anyMatch(v -> v.startsWith("train.steps"));
    }
}
