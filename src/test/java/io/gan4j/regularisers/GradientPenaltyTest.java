package io.gan4j.regularisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;

import io.gan4j.networks.Activation;
import io.gan4j.networks.MlpDiscriminator;
import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.util.function.UnaryOperator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gradient penalty")
class GradientPenaltyTest extends TorchTest {

    private static final GeneratorOptional NOISE = new GeneratorOptional(createCPUGenerator(7));

    /** f(x) = w·x, whose gradient is w everywhere. */
    private static UnaryOperator<Tensor> linear(Tensor w) {
        return x -> x.matmul(w).reshape(-1);
    }

    private static Tensor batch(int n, int d, long seed) {
        return org.bytedeco.pytorch.global.torch.randn(
                new long[] {n, d}, new GeneratorOptional(createCPUGenerator(seed)));
    }

    @Test
    @DisplayName("of a linear critic is exactly λ(‖w‖ − 1)², whatever the interpolates")
    void linearCriticTwoSided() {
        Tensor w = Tensor.create(new float[] {3f, 4f}, 2, 1);
        double p = value(new GradientPenalty(10, false).penalty(linear(w), batch(64, 2, 1), batch(64, 2, 2), NOISE));
        assertThat(p).isCloseTo(10 * 16.0, within(1e-3));
        Tensor small = Tensor.create(new float[] {0.3f, 0.4f}, 2, 1);
        assertThat(value(new GradientPenalty(2, false).penalty(linear(small), batch(8, 2, 1), batch(8, 2, 2), NOISE)))
                .isCloseTo(2 * 0.25, within(1e-6));
    }

    @Test
    @DisplayName("one-sided: zero when ‖w‖ < 1, λ(‖w‖ − 1)² above")
    void linearCriticOneSided() {
        Tensor small = Tensor.create(new float[] {0.3f, 0.4f}, 2, 1);
        assertThat(value(new GradientPenalty(10, true).penalty(linear(small), batch(32, 2, 3), batch(32, 2, 4), NOISE)))
                .isEqualTo(0.0);
        Tensor big = Tensor.create(new float[] {3f, 4f}, 2, 1);
        assertThat(value(new GradientPenalty(10, true).penalty(linear(big), batch(32, 2, 3), batch(32, 2, 4), NOISE)))
                .isCloseTo(160.0, within(1e-3));
    }

    @Test
    @DisplayName("with packing, the norm is over the whole pack: a linear critic on packs of 2 has ‖∇‖ = ‖w‖ in 4-D")
    void packedLinearCritic() {
        Tensor w = Tensor.create(new float[] {1f, 2f, 2f, 4f}, 4, 1);
        UnaryOperator<Tensor> packed =
                x -> x.reshape(x.size(0) / 2, 4).matmul(w).reshape(-1);
        assertThat(value(new GradientPenalty(1, false).penalty(packed, batch(16, 2, 5), batch(16, 2, 6), NOISE)))
                .isCloseTo(16.0, within(1e-4));
    }

    @Test
    @DisplayName("its gradient in the critic's parameters matches finite differences (double backward)")
    void gradientMatchesFiniteDifferences() {
        GeneratorOptional init = new GeneratorOptional(createCPUGenerator(11));
        MlpDiscriminator critic = new MlpDiscriminator(2, 1, 16, 2, Activation.TANH, false, false, init);
        critic.to(org.bytedeco.pytorch.global.torch.ScalarType.Double, false);
        GradientPenalty gp = new GradientPenalty(10, false);
        Tensor x = batch(12, 2, 9)
                .toType(org.bytedeco.pytorch.global.torch.ScalarType.Double)
                .mul(Tensors.scalar(2.0));
        Tensor leaf = x.detach().set_requires_grad(true);
        gp.atPoints(critic::forward, leaf).backward();
        Tensor weight = critic.denseLayers().get(0).weight();
        double[] analytic = {
            weight.grad().reshape(-1).select(0, 0).item_double(),
            weight.grad().reshape(-1).select(0, 5).item_double()
        };
        int[] indices = {0, 5};
        double h = 1e-5;
        for (int k = 0; k < indices.length; k++) {
            double plus = perturbed(critic, gp, x, weight, indices[k], h);
            double minus = perturbed(critic, gp, x, weight, indices[k], -h);
            assertThat(analytic[k])
                    .isCloseTo((plus - minus) / (2 * h), within(1e-5 * Math.max(1, Math.abs(analytic[k]))));
        }
    }

    private static double perturbed(
            MlpDiscriminator critic, GradientPenalty gp, Tensor x, Tensor weight, int index, double h) {
        Tensor flat = weight.detach().reshape(-1);
        try (NoGradGuard g = new NoGradGuard()) {
            flat.select(0, index).add_(Tensors.scalar(h));
        }
        double value =
                gp.atPoints(critic::forward, x.detach().set_requires_grad(true)).item_double();
        try (NoGradGuard g = new NoGradGuard()) {
            flat.select(0, index).sub_(Tensors.scalar(h));
        }
        return value;
    }

    @Test
    @DisplayName("rejects a weight that is not positive and finite (+∞, which the config also refuses, included)")
    void rejectsBadWeight() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GradientPenalty(0, false))
                .hasMessage("gradient penalty weight must be positive and finite, found 0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GradientPenalty(Double.POSITIVE_INFINITY, false))
                .hasMessage("gradient penalty weight must be positive and finite, found Infinity");
    }
}
