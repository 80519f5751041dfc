package io.gan4j.regularisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EBGAN's pulling-away term f_PT")
class PullingAwayTest extends TorchTest {

    private static Tensor codes(double[][] rows) {
        return Tensors.matrix(rows);
    }

    @Test
    @DisplayName("is 0 for mutually orthogonal codes, whatever their lengths")
    void orthogonal() {
        Tensor s = codes(new double[][] {{2, 0, 0}, {0, -0.5, 0}, {0, 0, 7}});
        assertThat(value(PullingAway.term(s))).isCloseTo(0.0, within(1e-7));
    }

    @Test
    @DisplayName("is 1 for identical codes, and for parallel or opposite ones (the cosine is squared)")
    void identical() {
        assertThat(value(PullingAway.term(codes(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}}))))
                .isCloseTo(1.0, within(1e-6));
        assertThat(value(PullingAway.term(codes(new double[][] {{1, 2}, {-3, -6}}))))
                .isCloseTo(1.0, within(1e-6));
    }

    @Test
    @DisplayName("is 1/6·(2·½ + 2·0 + 2·½) = 1/3 for (1, 0), (1, 1), (0, 1)")
    void threeCodes() {
        // cos² of the pairs: (1,0)·(1,1) → (1/√2)² = ½; (1,0)·(0,1) → 0; (1,1)·(0,1) → ½;
        // each ordered pair counted twice over N(N − 1) = 6: (½ + 0 + ½)·2/6 = 1/3
        assertThat(value(PullingAway.term(codes(new double[][] {{1, 0}, {1, 1}, {0, 1}}))))
                .isCloseTo(1.0 / 3, within(1e-6));
    }

    @Test
    @DisplayName("is weighted by λ in the generator's penalty")
    void weighted() {
        Tensor s = codes(new double[][] {{1, 0}, {1, 1}, {0, 1}});
        assertThat(value(new PullingAway(0.1).penalty(s))).isCloseTo(0.1 / 3, within(1e-7));
    }

    @Test
    @DisplayName("has the analytic gradient: for S = ((1, 0), (cos θ, sin θ)), ∂f/∂θ = −sin 2θ")
    void gradient() {
        // f = cos²θ (both ordered pairs, over N(N − 1) = 2); df/dθ = −2 cos θ sin θ, and since S₂ is a unit
        // vector moved along (−sin θ, cos θ), ∂f/∂S₂ · (−sin θ, cos θ) = −sin 2θ
        double theta = 0.4;
        Tensor s = codes(new double[][] {{1, 0}, {Math.cos(theta), Math.sin(theta)}})
                .set_requires_grad(true);
        PullingAway.term(s).backward();
        float[] g = Tensors.toFloats(s.grad());
        double directional = g[2] * -Math.sin(theta) + g[3] * Math.cos(theta);
        assertThat(directional).isCloseTo(-Math.sin(2 * theta), within(1e-6));
    }

    @Test
    @DisplayName("counts an all-zero code as orthogonal to the others instead of dividing by zero")
    void zeroCode() {
        Tensor s = codes(new double[][] {{0, 0}, {1, 1}, {1, 1}});
        // only the pair of identical codes contributes: 2·1/6
        assertThat(value(PullingAway.term(s))).isCloseTo(1.0 / 3, within(1e-6));
    }

    @Test
    @DisplayName("refuses a single code and a weight that is not positive")
    void refusals() {
        assertThatThrownBy(() -> PullingAway.term(codes(new double[][] {{1, 2}})))
                .hasMessage("the pulling-away term needs at least 2 codes in an (N, code) matrix, found shape [1, 2]");
        assertThatThrownBy(() -> new PullingAway(-0.1))
                .hasMessage("the pulling-away weight must be positive and finite, found -0.1");
    }
}
