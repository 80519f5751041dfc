package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SAGAN's self-attention block")
class SelfAttentionTest extends TorchTest {

    private static GeneratorOptional seed(long s) {
        return new GeneratorOptional(createCPUGenerator(s));
    }

    private static SelfAttention block(long channels, boolean sn) {
        return new SelfAttention(channels, sn, WeightInit.UNIFORM_FAN_IN, seed(3));
    }

    @Test
    @DisplayName("is the identity while γ = 0, its initial value")
    void identityAtStart() {
        SelfAttention a = block(16, false);
        Tensor x = randn(new long[] {2, 16, 4, 4}, seed(1));
        assertThat(Tensors.toFloats(a.gamma())).containsExactly(0f);
        assertThat(Tensors.toFloats(a.forward(x))).containsExactly(Tensors.toFloats(x));
    }

    @Test
    @DisplayName("attention rows sum to 1 at every position, with and without spectral norm; shapes at 4, 8, 16, 32")
    void rowsSumToOne() {
        for (boolean sn : new boolean[] {false, true}) {
            for (int side : new int[] {4, 8, 16, 32}) {
                SelfAttention a = block(16, sn);
                Tensor x = randn(new long[] {2, 16, side, side}, seed(side));
                Tensor beta = a.attention(x);
                assertThat(beta.shape()).containsExactly(2, (long) side * side, (long) side * side);
                float[] sums = Tensors.toFloats(
                        beta.sum(new long[] {2}, false, new org.bytedeco.pytorch.ScalarTypeOptional()));
                for (float s : sums) {
                    assertThat(s).isCloseTo(1f, within(1e-5f));
                }
                assertThat(a.forward(x).shape()).containsExactly(2, 16, side, side);
            }
        }
    }

    @Test
    @DisplayName(
            "with γ = 1 gives y_j = x_j + Σ_i softmax_i(f(x_i)·g(x_j)) h(x_i), computed here by hand from its weights")
    void matchesTheEquations() {
        int c = 8;
        int side = 2;
        int positions = side * side;
        SelfAttention a = block(c, false);
        try (NoGradGuard guard = new NoGradGuard()) {
            a.gamma().fill_(new Scalar(1.0));
        }
        Tensor x = randn(new long[] {1, c, side, side}, seed(9));
        float[] xs = Tensors.toFloats(x);
        double[][] fx = project(a.convs().get(0), xs, c, positions);
        double[][] gx = project(a.convs().get(1), xs, c, positions);
        double[][] hx = project(a.convs().get(2), xs, c, positions);
        float[] y = Tensors.toFloats(a.forward(x));
        for (int j = 0; j < positions; j++) {
            double[] s = new double[positions];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < positions; i++) {
                for (int k = 0; k < fx[i].length; k++) {
                    s[i] += fx[i][k] * gx[j][k];
                }
                max = Math.max(max, s[i]);
            }
            double z = 0;
            for (int i = 0; i < positions; i++) {
                s[i] = Math.exp(s[i] - max);
                z += s[i];
            }
            for (int ch = 0; ch < c; ch++) {
                double o = 0;
                for (int i = 0; i < positions; i++) {
                    o += s[i] / z * hx[i][ch];
                }
                assertThat((double) y[ch * positions + j]).isCloseTo(xs[ch * positions + j] + o, within(1e-5));
            }
        }
    }

    /** A 1×1 convolution by hand: for each position, W·x + b. */
    private static double[][] project(Conv conv, float[] x, int channels, int positions) {
        float[] w = Tensors.toFloats(conv.effectiveWeight());
        float[] b = Tensors.toFloats(conv.bias());
        int out = b.length;
        double[][] r = new double[positions][out];
        for (int p = 0; p < positions; p++) {
            for (int o = 0; o < out; o++) {
                double v = b[o];
                for (int ch = 0; ch < channels; ch++) {
                    v += w[o * channels + ch] * x[ch * positions + p];
                }
                r[p][o] = v;
            }
        }
        return r;
    }

    @Test
    @DisplayName("refuses fewer than 8 channels")
    void tooFewChannels() {
        assertThatThrownBy(() -> block(4, false)).hasMessageContaining("at least 8 channels");
    }
}
