package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Size-like keys and the memory a run needs")
class BoundsTest {

    private static List<String> violations(String preset, String... overrides) {
        return catchThrowableOfType(
                        ConfigException.class,
                        () -> ConfigReader.fromYaml(Presets.yaml(preset), preset, List.of(overrides)))
                .violations();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "model.generator.width, 2147483647, 0, 65536",
        "model.discriminator.width, 65537, 0, 65536",
        "model.generator.depth, 65, 1, 64",
        "model.latent_dim, 1000000, 1, 65536",
        "data.batch_size, 1000000, 1, 65536",
        "data.prefetch, 100000, 1, 64",
        "log.grid_rows, 1000, 1, 64",
        "log.eval_samples, 2000000000, 1, 1000000",
        "threads.intra_op, 100000, 0, 1024",
        "model.discriminator.packing, 17, 1, 16",
        "train.n_critic, 5000, 1, 1000",
        "train.nan_patience, 6001, 0, 6000"
    })
    @DisplayName("each has an upper bound, named with the key")
    void upperBounds(String key, long value, long min, long max) {
        assertThat(violations("gan-ns-ring", key + "=" + value))
                .containsExactly(key + ": must be from " + min + " to " + max + ", found " + value);
    }

    @Test
    @DisplayName(
            "a run that cannot fit in memory is refused before anything is allocated, naming the keys and the estimate")
    void memory() {
        RunConfig ring = Presets.config("gan-ns-ring");
        ModelConfig m = ring.model();
        GeneratorConfig g = m.generator();
        RunConfig c = new RunConfig(
                        ring.name(),
                        ring.seed(),
                        ring.threads(),
                        ring.device(),
                        ring.data(),
                        new ModelConfig(
                                m.latentDim(),
                                m.latentPrior(),
                                m.classes(),
                                new GeneratorConfig(
                                        g.architecture(),
                                        65536,
                                        g.depth(),
                                        g.activation(),
                                        g.norm(),
                                        g.spectralNorm(),
                                        g.attention(),
                                        g.dense()),
                                m.discriminator()),
                        ring.infogan(),
                        ring.objective(),
                        ring.regularisers(),
                        ring.optimisers(),
                        ring.train(),
                        ring.log())
                .withResolvedModel();
        MemoryEstimate e = MemoryEstimate.of(c);
        // G: 2·w + 2·w² + 2·w parameters (an MLP of depth 3 from 2 to 2), each held 4 times in float32
        long w = 65536;
        assertThat(e.generatorParameters()).isEqualTo(2 * w + 2 * w * w + 2 * w);
        Violations v = new Violations();
        e.check(v, c, 32_000_000_000L);
        assertThat(v.messages())
                .singleElement()
                .asString()
                .startsWith("model: this run needs an estimated 138.1 GB and this "
                        + "machine has 32.0 GB: G has 8.59e+09 parameters and D 1.32e+05")
                .contains("model.generator.width 65536, model.discriminator.width 256, model.latent_dim 2, "
                        + "data.batch_size 256");
        Violations roomy = new Violations();
        e.check(roomy, c, 200_000_000_000L);
        assertThat(roomy.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("reads the machine's memory as the JVM's OperatingSystemMXBean does (here, without a lower container "
            + "limit)")
    void machineMemory() {
        long jvm = ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        // the JVM takes the smaller of the machine's and the container's figure too; both are read from the same files
        assertThat(MemoryEstimate.machineMemory()).isEqualTo(jvm);
    }

    @Test
    @DisplayName("every preset fits in 8 GB")
    void presetsFit() {
        for (String p : Presets.names()) {
            RunConfig c = Presets.config(p).withResolvedModel();
            Violations v = new Violations();
            MemoryEstimate.of(c).check(v, c, 8_000_000_000L);
            assertThat(v.messages()).as(p).isEmpty();
        }
    }
}
