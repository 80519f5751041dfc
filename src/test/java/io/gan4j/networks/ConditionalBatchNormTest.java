package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.one_hot;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.BatchNorm2dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch.ScalarType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Class-conditional batch norm")
class ConditionalBatchNormTest extends TorchTest {

    private static final double EPS = 1e-5;

    /**
     * Four samples, two channels, 1×1 maps: channel 0 is 1, 2, 3, 4 (μ 2.5, σ² 1.25), channel 1 is 0, 0, 2, 2
     * (μ 1, σ² 1).
     */
    private static Tensor x() {
        return Tensor.create(new float[] {1, 0, 2, 0, 3, 2, 4, 2}, 4, 2, 1, 1);
    }

    /** x̂ of {@link #x()} by hand, sample by sample. */
    private static final double[][] NORMALISED = {
        {-1.5 / Math.sqrt(1.25 + EPS), -1 / Math.sqrt(1 + EPS)},
        {-0.5 / Math.sqrt(1.25 + EPS), -1 / Math.sqrt(1 + EPS)},
        {0.5 / Math.sqrt(1.25 + EPS), 1 / Math.sqrt(1 + EPS)},
        {1.5 / Math.sqrt(1.25 + EPS), 1 / Math.sqrt(1 + EPS)}
    };

    private static Tensor oneHot(long[] labels, int classes) {
        return one_hot(Tensor.create(labels), classes).toType(ScalarType.Float);
    }

    private static final double[][] GAMMA = {{1, 2}, {3, -1}, {0.5, 0}};
    private static final double[][] BETA = {{0, 1}, {-2, 0}, {1, 1}};

    private static ConditionalBatchNorm byHand() {
        ConditionalBatchNorm bn = new ConditionalBatchNorm(2, 3, true);
        try (NoGradGuard guard = new NoGradGuard()) {
            bn.gamma().copy_(Tensor.create(new float[] {1, 2, 3, -1, 0.5f, 0}, 3, 2));
            bn.beta().copy_(Tensor.create(new float[] {0, 1, -2, 0, 1, 1}, 3, 2));
        }
        return bn;
    }

    @Test
    @DisplayName("with γ_y, β_y set by hand gives γ_y·(x − μ)/√(σ² + ε) + β_y, each sample with its class's row")
    void handCase() {
        long[] labels = {0, 1, 2, 1};
        float[] out = Tensors.toFloats(byHand().forward(x(), oneHot(labels, 3)));
        for (int i = 0; i < 4; i++) {
            for (int c = 0; c < 2; c++) {
                int y = (int) labels[i];
                assertThat((double) out[2 * i + c])
                        .as("sample %d, channel %d", i, c)
                        .isCloseTo(GAMMA[y][c] * NORMALISED[i][c] + BETA[y][c], within(1e-5));
            }
        }
        // the same numbers written out: sample 1 (class 1), channel 0 is 3·(−0.5/√1.25001) − 2
        assertThat((double) out[2]).isCloseTo(-3.341635, within(1e-5));
    }

    @Test
    @DisplayName("different labels give different outputs for the same x")
    void labelsMatter() {
        ConditionalBatchNorm bn = byHand();
        float[] zero = Tensors.toFloats(bn.forward(x(), oneHot(new long[] {0, 0, 0, 0}, 3)));
        float[] one = Tensors.toFloats(bn.forward(x(), oneHot(new long[] {1, 1, 1, 1}, 3)));
        assertThat(one).isNotEqualTo(zero);
        assertThat((double) one[0]).isCloseTo(3 * NORMALISED[0][0] - 2, within(1e-5));
        assertThat((double) zero[0]).isCloseTo(NORMALISED[0][0], within(1e-5));
    }

    @Test
    @DisplayName("at initialisation (γ = 1, β = 0) is plain batch norm without affine parameters, for every class")
    void plainAtInit() {
        ConditionalBatchNorm bn = new ConditionalBatchNorm(2, 3, true);
        assertThat(Tensors.toFloats(bn.gamma())).containsOnly(1f);
        assertThat(Tensors.toFloats(bn.beta())).containsOnly(0f);
        BatchNormOptions options = new BatchNormOptions(2);
        options.affine().put(false);
        float[] plain = Tensors.toFloats(new BatchNorm2dImpl(options).forward(x()));
        float[] conditional = Tensors.toFloats(bn.forward(x(), oneHot(new long[] {2, 0, 1, 2}, 3)));
        assertThat(conditional).containsExactly(plain);
        for (int i = 0; i < 4; i++) {
            assertThat((double) conditional[2 * i]).isCloseTo(NORMALISED[i][0], within(1e-5));
        }
    }

    @Test
    @DisplayName("on dense activations (n, C) too; its parameters are the two tables, 2·K·C")
    void denseActivations() {
        ConditionalBatchNorm bn = new ConditionalBatchNorm(2, 3, false);
        try (NoGradGuard guard = new NoGradGuard()) {
            bn.beta().copy_(Tensor.create(new float[] {0, 1, -2, 0, 1, 1}, 3, 2));
        }
        float[] out = Tensors.toFloats(bn.forward(x().reshape(4, 2), oneHot(new long[] {1, 1, 1, 1}, 3)));
        assertThat((double) out[1]).isCloseTo(NORMALISED[0][1], within(1e-5));
        assertThat((double) out[0]).isCloseTo(NORMALISED[0][0] - 2, within(1e-5));
        long count = 0;
        for (long i = 0; i < bn.parameters().size(); i++) {
            count += bn.parameters().get(i).numel();
        }
        assertThat(count).isEqualTo(2L * 3 * 2);
    }
}
