package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;

import io.gan4j.networks.Dense;
import io.gan4j.torch.TorchTest;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Per-layer gradients of a critic's Wasserstein loss")
class LayerGradientsTest extends TorchTest {

    private static Dense dense(long in, long out, float[] weight, float[] bias) {
        Dense d = new Dense(in, out, false, new GeneratorOptional(createCPUGenerator(1)));
        try (NoGradGuard guard = new NoGradGuard()) {
            d.weight().copy_(Tensor.create(weight, out, in));
            d.bias().copy_(Tensor.create(bias, out));
        }
        return d;
    }

    @Test
    @DisplayName("match the closed form of a critic whose ReLUs are all active: f(x) = w₂ᵀ(W₁x + b₁) + b₂")
    void closedFormWhenReluIsIdentity() {
        // W₁ = [[1, 2], [3, 1]], b₁ = (1, 1), w₂ = (2, −1): positive inputs keep both hidden units active,
        // so ∇f = W₁ᵀw₂ = (−1, 3) for every sample and ∂L/∂W₂ = mean(h(x̃)) − mean(h(x)).
        Dense first = dense(2, 2, new float[] {1, 2, 3, 1}, new float[] {1, 1});
        Dense second = dense(2, 1, new float[] {2, -1}, new float[] {0.5f});
        Tensor real = matrix(new float[] {1, 1, 2, 1, 1, 3}, 3);
        Tensor fake = matrix(new float[] {1, 2, 2, 2}, 2);
        LayerGradients g = LayerGradients.measure(List.of(first, second), real, fake);

        double scale = Math.sqrt(1.0 / 2 + 1.0 / 3); // ‖rows ±v/m, ±v/n‖_F = ‖v‖·√(1/m + 1/n)
        assertThat(g.log10Activations()[0]).isCloseTo(Math.log10(Math.sqrt(10) * scale), within(1e-9));
        assertThat(g.log10Activations()[1]).isCloseTo(Math.log10(Math.sqrt(5) * scale), within(1e-9));
        assertThat(g.inputGradientNorm()).isCloseTo(Math.sqrt(10), within(1e-9));
        // h(x) = W₁x + b₁: fake (1,2) → (6,6), (2,2) → (7,9); real (1,1) → (4,5), (2,1) → (5,8), (1,3) → (8,7).
        double dw1 = (6 + 7) / 2.0 - (4 + 5 + 8) / 3.0;
        double dw2 = (6 + 9) / 2.0 - (5 + 8 + 7) / 3.0;
        assertThat(g.log10Weights()[1]).isCloseTo(Math.log10(Math.hypot(dw1, dw2)), within(1e-9));
        assertThat(g.log10FirstToLast()).isCloseTo(Math.log10(Math.sqrt(10) / Math.sqrt(5)), within(1e-9));
    }

    @Test
    @DisplayName("do not touch the critic's own gradients")
    void leavesTheCriticAlone() {
        Dense first = dense(2, 2, new float[] {1, 2, 3, 1}, new float[] {1, 1});
        Dense second = dense(2, 1, new float[] {2, -1}, new float[] {0.5f});
        LayerGradients.measure(List.of(first, second), matrix(new float[] {1, 1}, 1), matrix(new float[] {2, 2}, 1));
        assertThat(first.weight().grad().defined()).isFalse();
        assertThat(second.weight().grad().defined()).isFalse();
    }

    private static Tensor matrix(float[] values, long rows) {
        return Tensor.create(values, rows, values.length / rows);
    }
}
