package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.config.MemoryEstimate;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.networks.ImageShape;
import io.gan4j.torch.TorchTest;
import java.util.stream.Stream;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.TensorVector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The config check's memory estimate against the networks gan4j builds. */
@DisplayName("The memory estimate")
class MemoryEstimateTest extends TorchTest {

    static Stream<String> presets() {
        return Presets.names().stream();
    }

    private static long parameters(Module m) {
        TensorVector ps = m.parameters();
        long n = 0;
        for (long i = 0; i < ps.size(); i++) {
            n += ps.get(i).numel();
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    @DisplayName("counts each preset's parameters of G and D within 25 % of the built networks'")
    void parameterCounts(String preset) {
        ValidConfig valid = ValidConfig.of(Presets.config(preset));
        RunConfig config = valid.config();
        ImageShape image = config.data().hasImages() ? config.data().imageShape() : null;
        long g = parameters(GanFactory.generator(valid, image, new GeneratorOptional()));
        long d = parameters(GanFactory.discriminator(valid, image, new GeneratorOptional()));
        MemoryEstimate e = MemoryEstimate.of(config);
        assertThat((double) e.generatorParameters() / g)
                .as("G: estimate %d, built %d", e.generatorParameters(), g)
                .isBetween(0.75, 1.25);
        assertThat((double) e.discriminatorParameters() / d)
                .as("%s D: estimate %d, built %d", preset, e.discriminatorParameters(), d)
                .isBetween(0.75, 1.25);
    }
}
