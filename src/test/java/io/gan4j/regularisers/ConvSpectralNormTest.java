package io.gan4j.regularisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.conv2d;
import static org.bytedeco.pytorch.global.torch.conv_transpose2d;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.linalg_svdvals;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.networks.Conv;
import io.gan4j.networks.WeightInit;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Spectral normalisation of convolution weights: σ is the largest singular value of the weight as
 * an (output channels, rest) matrix, whose output dimension is the first for a convolution and the
 * second for a transposed one (PyTorch's {@code spectral_norm(dim=1)} for {@code ConvTranspose2d}).
 */
@DisplayName("Spectral normalisation of convolutions")
class ConvSpectralNormTest extends TorchTest {

    private static final int ITERATIONS = 200;

    private static GeneratorOptional init(long seed) {
        return new GeneratorOptional(createCPUGenerator(seed));
    }

    private static double largestSingularValue(Tensor matrix) {
        return linalg_svdvals(matrix.detach()).select(0, 0).item_double();
    }

    private static double sigma(Conv conv) {
        return conv.spectralNorm().sigma(conv.weight()).item_double();
    }

    private static void converge(Conv conv) {
        for (int i = 0; i < ITERATIONS; i++) {
            conv.powerIteration();
        }
    }

    @Nested
    @DisplayName("a convolution, weight (8, 3, 3, 3)")
    class Convolution {

        private final Conv conv = Conv.conv(3, 8, 3, 1, 1, true, WeightInit.UNIFORM_FAN_IN, init(1));

        @Test
        @DisplayName("σ converges to the largest singular value of the (8, 27) matrix (relative 1e-3)")
        void sigmaIsLargestSingularValue() {
            assertThat(conv.spectralNorm().u().shape()).containsExactly(8);
            assertThat(conv.spectralNorm().v().shape()).containsExactly(27);
            converge(conv);
            double exact = largestSingularValue(conv.weight().reshape(8, 27));
            assertThat(sigma(conv)).isCloseTo(exact, within(1e-3 * exact));
        }

        @Test
        @DisplayName("the effective weight has largest singular value 1 (±1e-3)")
        void effectiveWeightHasUnitNorm() {
            converge(conv);
            assertThat(largestSingularValue(conv.effectiveWeight().reshape(8, 27)))
                    .isCloseTo(1.0, within(1e-3));
        }

        @Test
        @DisplayName("forward applies W/σ: it equals conv2d with the weight divided by σ (1e-5)")
        void forwardUsesNormalisedWeight() {
            converge(conv);
            Tensor x = randn(new long[] {2, 3, 6, 6}, init(2));
            Tensor expected = conv2d(
                    x,
                    conv.weight().div(conv.spectralNorm().sigma(conv.weight())),
                    new TensorOptional(conv.bias()),
                    new long[] {1, 1},
                    new long[] {1, 1},
                    new long[] {1, 1},
                    1);
            assertThat(conv.forward(x).sub(expected).abs().max().item_double()).isLessThan(1e-5);
        }
    }

    @Nested
    @DisplayName("a transposed convolution, weight (in 8, out 4, 4, 4)")
    class Transposed {

        // seed 9: σ of the right (4, 128) matrix is 0.954; the (8, 64) reading gives 0.735, the untransposed (4, 128)
        // 0.894
        private final Conv conv = Conv.transposed(8, 4, 4, 2, 1, true, WeightInit.UNIFORM_FAN_IN, init(9));

        @Test
        @DisplayName("σ converges to the largest singular value of weight.transpose(0, 1) as a (4, 128) matrix")
        void sigmaUsesOutputDimensionSecond() {
            assertThat(conv.weight().shape()).containsExactly(8, 4, 4, 4);
            assertThat(conv.spectralNorm().u().shape()).containsExactly(4);
            assertThat(conv.spectralNorm().v().shape()).containsExactly(128);
            converge(conv);
            double exact = largestSingularValue(conv.weight().transpose(0, 1).reshape(4, 128));
            double firstDimension = largestSingularValue(conv.weight().reshape(8, 64));
            double untransposed = largestSingularValue(conv.weight().reshape(4, 128));
            assertThat(Math.abs(exact - firstDimension) / exact)
                    .as("(8, 64) differs for this seed")
                    .isGreaterThan(0.01);
            assertThat(Math.abs(exact - untransposed) / exact)
                    .as("(4, 128) without the transpose differs")
                    .isGreaterThan(0.01);
            assertThat(sigma(conv)).isCloseTo(exact, within(1e-3 * exact));
        }

        @Test
        @DisplayName("the effective weight has largest singular value 1 (±1e-3) as a (4, 128) matrix")
        void effectiveWeightHasUnitNorm() {
            converge(conv);
            Tensor w = conv.effectiveWeight();
            assertThat(largestSingularValue(w.transpose(0, 1).reshape(4, 128))).isCloseTo(1.0, within(1e-3));
        }

        @Test
        @DisplayName("forward applies W/σ: it equals conv_transpose2d with the weight divided by σ (1e-5)")
        void forwardUsesNormalisedWeight() {
            converge(conv);
            Tensor x = randn(new long[] {2, 8, 3, 3}, init(4));
            Tensor expected = conv_transpose2d(
                    x,
                    conv.weight().div(conv.spectralNorm().sigma(conv.weight())),
                    new TensorOptional(conv.bias()),
                    new long[] {2, 2},
                    new long[] {1, 1},
                    new long[] {0, 0},
                    1,
                    1,
                    1);
            assertThat(conv.forward(x).sub(expected).abs().max().item_double()).isLessThan(1e-5);
        }
    }

    @Test
    @DisplayName("ũ and ṽ are the layer's buffers sn_u and sn_v, so checkpoints and EMA carry them")
    void vectorsAreBuffers() {
        Conv conv = Conv.conv(3, 8, 3, 1, 1, true, WeightInit.NORMAL_002, init(5));
        var buffers = conv.named_buffers(true);
        assertThat(buffers.size()).isEqualTo(2);
        assertThat(buffers.get(0).key().getString()).isEqualTo("sn_u");
        assertThat(buffers.get(1).key().getString()).isEqualTo("sn_v");
        conv.powerIteration();
        assertThat(buffers.get(0).value().equal(conv.spectralNorm().u())).isTrue();
        assertThat(buffers.get(1).value().equal(conv.spectralNorm().v())).isTrue();
    }

    @Test
    @DisplayName("without spectral norm, powerIteration is a no-op and the effective weight is the weight")
    void withoutSpectralNorm() {
        Conv conv = Conv.conv(3, 8, 3, 1, 1, false, WeightInit.NORMAL_002, init(6));
        conv.powerIteration();
        assertThat(conv.spectralNorm()).isNull();
        assertThat(conv.effectiveWeight().equal(conv.weight())).isTrue();
        assertThat(conv.named_buffers(true).size()).isZero();
    }
}
