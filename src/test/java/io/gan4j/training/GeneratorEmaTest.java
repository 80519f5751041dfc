package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.networks.DcganGenerator;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.Norm;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bytedeco.pytorch.Adam;
import org.bytedeco.pytorch.AdamOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.StringTensorDict;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** θ_ema ← β·θ_ema + (1 − β)·θ for parameters; buffers copied. */
@DisplayName("The generator's exponential moving average")
class GeneratorEmaTest extends TorchTest {

    private static final double BETA = 0.9;
    private static final ImageShape MNIST = new ImageShape(1, 28, 28);

    private GeneratorNetwork g;
    private GeneratorNetwork average;
    private Set<String> parameterNames;

    private static GeneratorOptional init(long seed) {
        return new GeneratorOptional(createCPUGenerator(seed));
    }

    private static GeneratorNetwork generator(long seed) {
        return new DcganGenerator(8, MNIST, 4, Norm.BATCH, init(seed));
    }

    @BeforeEach
    void build() {
        g = generator(1);
        average = generator(2);
        StringTensorDict dict = g.named_parameters(true);
        parameterNames = new java.util.HashSet<>();
        for (long i = 0; i < dict.size(); i++) {
            parameterNames.add(dict.get(i).key().getString());
        }
    }

    private static Map<String, Tensor> copies(GeneratorNetwork net) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Safetensors.stateOf(net).forEach((name, t) -> out.put(name, t.detach().clone()));
        return out;
    }

    /** One Adam step on G (which also moves batch norm's running statistics and counts). */
    private void trainG(long seed) {
        Adam opt = new Adam(g.parameters(), new AdamOptions(0.01));
        opt.zero_grad();
        g.forward(randn(new long[] {4, 8}, init(seed))).square().mean().backward();
        opt.step();
    }

    private static double maxAbsDiff(float[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    @Test
    @DisplayName("starts as an exact copy of G, parameters and buffers")
    void startsAsCopy() {
        Map<String, Tensor> before = copies(average);
        new GeneratorEma(g, average, BETA);
        Map<String, Tensor> gState = Safetensors.stateOf(g);
        Map<String, Tensor> avgState = Safetensors.stateOf(average);
        assertThat(avgState.keySet()).containsExactlyElementsOf(gState.keySet());
        gState.forEach(
                (name, t) -> assertThat(avgState.get(name).equal(t)).as(name).isTrue());
        assertThat(before.get("up0.weight").equal(gState.get("up0.weight")))
                .as("a different seed to start with")
                .isFalse();
    }

    @Test
    @DisplayName("one update moves each parameter to β·old + (1 − β)·θ (1e-6) and copies buffers exactly")
    void oneUpdate() {
        GeneratorEma ema = new GeneratorEma(g, average, BETA);
        trainG(3);
        Map<String, Tensor> old = copies(average);
        Map<String, Tensor> theta = copies(g);
        assertThat(theta.get("norm0.running_mean").equal(old.get("norm0.running_mean")))
                .as("G's buffers moved")
                .isFalse();
        assertThat(theta.get("up0.weight").equal(old.get("up0.weight")))
                .as("G's weights moved")
                .isFalse();

        ema.update(g);

        Map<String, Tensor> now = Safetensors.stateOf(average);
        for (Map.Entry<String, Tensor> e : now.entrySet()) {
            String name = e.getKey();
            if (parameterNames.contains(name)) {
                float[] o = Tensors.toFloats(old.get(name));
                float[] t = Tensors.toFloats(theta.get(name));
                double[] expected = new double[o.length];
                for (int i = 0; i < o.length; i++) {
                    expected[i] = BETA * o[i] + (1 - BETA) * t[i];
                }
                assertThat(maxAbsDiff(Tensors.toFloats(e.getValue()), expected))
                        .as(name)
                        .isLessThan(1e-6);
            } else {
                assertThat(e.getValue().equal(theta.get(name)))
                        .as("buffer %s copied", name)
                        .isTrue();
            }
        }
        assertThat(now.get("norm0.num_batches_tracked").item_long()).isEqualTo(1L);
        assertThat(ema.decay()).isEqualTo(BETA);
        assertThat(ema.average()).isSameAs(average);
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 5, 20})
    @DisplayName("with G fixed, k updates shrink θ_ema − θ by exactly β^k")
    void geometricDecay(int k) {
        GeneratorEma ema = new GeneratorEma(g, average, BETA);
        trainG(4);
        Map<String, Tensor> theta = copies(g);
        Map<String, Tensor> start = copies(average);
        for (int i = 0; i < k; i++) {
            ema.update(g);
        }
        double factor = Math.pow(BETA, k);
        Map<String, Tensor> now = Safetensors.stateOf(average);
        for (String name : parameterNames) {
            float[] t = Tensors.toFloats(theta.get(name));
            float[] s = Tensors.toFloats(start.get(name));
            double[] expected = new double[t.length];
            double gap = 0;
            for (int i = 0; i < t.length; i++) {
                expected[i] = t[i] + factor * (s[i] - t[i]);
                gap = Math.max(gap, Math.abs(s[i] - t[i]));
            }
            assertThat(maxAbsDiff(Tensors.toFloats(now.get(name)), expected))
                    .as(name)
                    .isLessThan(1e-6);
            if (name.equals("up0.weight")) {
                assertThat(gap).as("the starting gap is not negligible").isGreaterThan(1e-3);
                double nowGap = now.get(name).sub(theta.get(name)).abs().max().item_double();
                assertThat(nowGap / gap).isCloseTo(factor, within(1e-3));
            }
        }
    }

    @Test
    @DisplayName("leaves G untouched")
    void sourceUntouched() {
        GeneratorEma ema = new GeneratorEma(g, average, BETA);
        trainG(5);
        Map<String, Tensor> theta = copies(g);
        ema.update(g);
        Safetensors.stateOf(g)
                .forEach((name, t) ->
                        assertThat(t.equal(theta.get(name))).as(name).isTrue());
    }

    @ParameterizedTest(name = "β = {0}")
    @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN})
    @DisplayName("refuses a decay outside (0, 1), naming it")
    void refusesBadDecay(double decay) {
        assertThatThrownBy(() -> new GeneratorEma(g, average, decay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EMA decay must be in (0, 1), found " + decay);
    }
}
