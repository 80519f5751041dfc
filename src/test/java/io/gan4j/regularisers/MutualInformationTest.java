package io.gan4j.regularisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.networks.InfoganLatent;
import io.gan4j.networks.LatentPrior;
import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.util.List;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;
import org.bytedeco.pytorch.global.torch.ScalarType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InfoGAN's mutual-information bound L_I = E[log Q(c | x)] + H(c)")
class MutualInformationTest extends TorchTest {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    /** The MNIST codes: Cat(10) and two continuous codes, z of 4. */
    private static final InfoganLatent MNIST = new InfoganLatent(4, LatentPrior.UNIFORM, List.of(10), 2);

    private static Tensor longs(long... v) {
        return Tensor.create(v, v.length);
    }

    private static Tensor rows(int n, int d, float... v) {
        return Tensor.create(v, n, d);
    }

    /** Codes for a batch: the given categories of the one categorical code and the given continuous codes (n, 2). */
    private static InfoganLatent.Codes codes(long[] categories, float... continuous) {
        int n = categories.length;
        return new InfoganLatent.Codes(
                torch.zeros(new long[] {n, 4}, new TensorOptions(ScalarType.Float)),
                Tensor.create(categories, n, 1),
                rows(n, 2, continuous));
    }

    @Nested
    @DisplayName("entropy")
    class Entropy {

        @Test
        @DisplayName("H(c) of a uniform Cat(10) is −Σ p ln p = ln 10 ≈ 2.3026; U(−1, 1) has ln 2")
        void uniform() {
            double byHand = 0;
            for (int i = 0; i < 10; i++) {
                byHand -= 0.1 * Math.log(0.1);
            }
            assertThat(MutualInformation.categoricalEntropy(10)).isCloseTo(byHand, within(1e-12));
            assertThat(MutualInformation.categoricalEntropy(10)).isCloseTo(2.302585093, within(1e-9));
            assertThat(new MutualInformation(new InfoganLatent(4, LatentPrior.UNIFORM, List.of(10, 3), 0), 1, 1, true)
                            .categoricalEntropy())
                    .isCloseTo(Math.log(10) + Math.log(3), within(1e-12));
            assertThat(MutualInformation.UNIFORM_ENTROPY).isCloseTo(Math.log(2), within(0.0));
        }
    }

    @Nested
    @DisplayName("the categorical bound")
    class Categorical {

        @Test
        @DisplayName(
                "log Q(c | x) is the log-softmax of the logits at c: logits (1, 2, 3) at c = 2 give 3 − ln(e + e² + "
                        + "e³)")
        void logLikelihood() {
            Tensor ll = MutualInformation.categoricalLogLikelihood(rows(2, 3, 1, 2, 3, 0, 0, 0), longs(2, 1));
            assertThat(Tensors.toFloats(ll)[0])
                    .isCloseTo((float) (3 - Math.log(Math.E + Math.exp(2) + Math.exp(3))), within(1e-6f));
            assertThat(Tensors.toFloats(ll)[1]).isCloseTo((float) -Math.log(3), within(1e-6f));
        }

        @Test
        @DisplayName("an exact Q (probability 1 on the true code: log Q = 0) gives L_I = H(c) = ln 10")
        void exactQ() {
            long[] truth = {3, 0, 9, 5};
            float[] posterior = new float[4 * 12];
            for (int i = 0; i < 4; i++) {
                posterior[i * 12 + (int) truth[i]] = 1e4f;
            }
            MutualInformation mi = new MutualInformation(MNIST, 1, 1, true);
            MutualInformation.Bound b = mi.bound(rows(4, 12, posterior), codes(truth, new float[8]));
            assertThat(value(b.categorical())).isCloseTo(Math.log(10), within(1e-6));
        }

        @Test
        @DisplayName("a Q that knows nothing (uniform softmax) gives L_I = ln(1/10) + ln 10 = 0")
        void uninformedQ() {
            MutualInformation mi = new MutualInformation(MNIST, 1, 1, true);
            MutualInformation.Bound b = mi.bound(
                    torch.zeros(new long[] {4, 12}, new TensorOptions(ScalarType.Float)),
                    codes(new long[] {1, 2, 3, 4}, new float[8]));
            assertThat(value(b.categorical())).isCloseTo(0.0, within(1e-6));
        }

        @Test
        @DisplayName("a Q sure of the wrong category has a bound far below 0 (it is a lower bound, not a clamp)")
        void wrongQ() {
            float[] posterior = new float[12];
            posterior[7] = 20;
            MutualInformation.Bound b =
                    new MutualInformation(MNIST, 1, 1, true).bound(rows(1, 12, posterior), codes(new long[] {2}, 0, 0));
            assertThat(value(b.categorical()))
                    .isCloseTo(-20 - Math.log(1 + 9 * Math.exp(-20)) + Math.log(10), within(1e-4));
        }
    }

    @Nested
    @DisplayName("the continuous bound")
    class Continuous {

        @Test
        @DisplayName("log N(c; μ, σ²) by hand: c = (0.5, −0.3), μ = (0.1, 0.2), log σ² = (0, ln 4) gives −2.642275")
        void gaussianByHand() {
            double first = -HALF_LOG_2PI - 0.5 * 0 - 0.4 * 0.4 / 2; // −0.998939
            double second = -HALF_LOG_2PI - 0.5 * Math.log(4) - 0.5 * 0.5 / (2 * 4); // −1.643336
            assertThat(first + second).isCloseTo(-2.642275, within(1e-6));
            Tensor ll = MutualInformation.gaussianLogLikelihood(
                    rows(1, 2, 0.5f, -0.3f), rows(1, 2, 0.1f, 0.2f), rows(1, 2, 0f, (float) Math.log(4)));
            assertThat(value(ll)).isCloseTo(first + second, within(1e-6));
        }

        @Test
        @DisplayName("with the variance fixed at 1: −ln 2π − (0.4² + 0.5²)/2 = −2.042877")
        void fixedVariance() {
            Tensor ll = MutualInformation.gaussianLogLikelihood(rows(1, 2, 0.5f, -0.3f), rows(1, 2, 0.1f, 0.2f), null);
            assertThat(value(ll)).isCloseTo(-2 * HALF_LOG_2PI - (0.16 + 0.25) / 2, within(1e-6));
            assertThat(value(ll)).isCloseTo(-2.042877, within(1e-6));
        }

        @Test
        @DisplayName("∂ log N / ∂μ = (c − μ)/σ² and ∂ log N / ∂ log σ² = −½ + (c − μ)²/(2σ²), from autograd")
        void gradients() {
            Tensor mean = rows(1, 2, 0.1f, 0.2f).set_requires_grad(true);
            Tensor logVar = rows(1, 2, 0f, (float) Math.log(4)).set_requires_grad(true);
            MutualInformation.gaussianLogLikelihood(rows(1, 2, 0.5f, -0.3f), mean, logVar)
                    .sum()
                    .backward();
            float[] dMean = Tensors.toFloats(mean.grad());
            float[] dLogVar = Tensors.toFloats(logVar.grad());
            assertThat(dMean[0]).isCloseTo(0.4f, within(1e-6f));
            assertThat(dMean[1]).isCloseTo(-0.5f / 4, within(1e-6f));
            assertThat(dLogVar[0]).isCloseTo((float) (-0.5 + 0.16 / 2), within(1e-6f));
            assertThat(dLogVar[1]).isCloseTo((float) (-0.5 + 0.25 / 8), within(1e-6f));
        }

        @Test
        @DisplayName("an exact mean with unit variance gives, per code, ln 2 − ½ ln 2π ≈ −0.2258 (two codes: −0.4516)")
        void exactMean() {
            float[] posterior = new float[12];
            posterior[10] = 0.7f;
            posterior[11] = -0.2f;
            MutualInformation.Bound b = new MutualInformation(MNIST, 1, 1, true)
                    .bound(rows(1, 12, posterior), codes(new long[] {0}, 0.7f, -0.2f));
            assertThat(value(b.continuous())).isCloseTo(2 * (Math.log(2) - HALF_LOG_2PI), within(1e-6));
        }

        @Test
        @DisplayName("with learnt variances Q's outputs are 10 logits, 2 means, 2 log-variances, read in that order")
        void learntVarianceLayout() {
            MutualInformation mi = new MutualInformation(MNIST, 1, 1, false);
            assertThat(mi.posteriorSize()).isEqualTo(14);
            assertThat(new MutualInformation(MNIST, 1, 1, true).posteriorSize()).isEqualTo(12);
            float[] posterior = new float[14];
            posterior[10] = 0.1f;
            posterior[11] = 0.2f;
            posterior[13] = (float) Math.log(4);
            MutualInformation.Bound b = mi.bound(rows(1, 14, posterior), codes(new long[] {0}, 0.5f, -0.3f));
            assertThat(value(b.continuous())).isCloseTo(-2.642275 + 2 * Math.log(2), within(1e-5));
        }
    }

    @Nested
    @DisplayName("the term in the losses")
    class Penalty {

        @Test
        @DisplayName(
                "is −λ_cat·L_cat − λ_cont·L_cont: an exact Q with λ = (1, 0.5) gives −ln 10 − 0.5·2(ln 2 − ½ ln 2π)")
        void weighted() {
            float[] posterior = new float[12];
            posterior[4] = 1e4f;
            posterior[10] = 0.3f;
            posterior[11] = 0.9f;
            MutualInformation mi = new MutualInformation(MNIST, 1, 0.5, true);
            Tensor p = mi.penalty(mi.bound(rows(1, 12, posterior), codes(new long[] {4}, 0.3f, 0.9f)));
            assertThat(value(p)).isCloseTo(-Math.log(10) - 0.5 * 2 * (Math.log(2) - HALF_LOG_2PI), within(1e-5));
        }

        @Test
        @DisplayName("with only continuous codes there is no categorical part")
        void continuousOnly() {
            InfoganLatent only = new InfoganLatent(4, LatentPrior.UNIFORM, List.of(), 1);
            MutualInformation mi = new MutualInformation(only, 1, 1, true);
            assertThat(mi.posteriorSize()).isEqualTo(1);
            InfoganLatent.Codes c = only.sampleCodes(
                    3, new org.bytedeco.pytorch.GeneratorOptional(new io.gan4j.torch.RandomStreams(1).torchFresh("c")));
            MutualInformation.Bound b = mi.bound(c.continuous().clone(), c);
            assertThat(b.categorical()).isNull();
            assertThat(value(b.continuous())).isCloseTo(Math.log(2) - HALF_LOG_2PI, within(1e-6));
            assertThat(value(mi.penalty(b))).isCloseTo(-(Math.log(2) - HALF_LOG_2PI), within(1e-6));
        }

        @Test
        @DisplayName("Q's parameters of the wrong shape are refused with both shapes named")
        void wrongShape() {
            MutualInformation mi = new MutualInformation(MNIST, 1, 1, true);
            assertThatThrownBy(() -> mi.bound(rows(1, 3, 0, 0, 0), codes(new long[] {0}, 0, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expected Q's parameters of shape (1, 12), found [1, 3]");
            assertThatThrownBy(() -> new MutualInformation(MNIST, 0, 1, true))
                    .hasMessage("the mutual-information weights must be positive and finite, found 0.0 and 1.0");
        }
    }
}
