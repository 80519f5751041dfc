package io.gan4j.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Fréchet distance")
class FrechetDistanceTest extends TorchTest {

    private static Tensor gaussian(long n, long d, long seed) {
        return randn(new long[] {n, d}, new GeneratorOptional(createCPUGenerator(seed)));
    }

    @Test
    @DisplayName("between diagonal Gaussians is ‖μ₁ − μ₂‖² + Σ (σ₁ᵢ + σ₂ᵢ − 2√(σ₁ᵢσ₂ᵢ)) exactly")
    void diagonalClosedForm() {
        GaussianFit a = new GaussianFit(new double[] {0, 1, 2}, diag(1, 4, 9), 100);
        GaussianFit b = new GaussianFit(new double[] {1, 1, 0}, diag(4, 1, 0.25), 100);
        double expected = (1 + 0 + 4) + (1 + 4 - 2 * 2) + (4 + 1 - 2 * 2) + (9 + 0.25 - 2 * 1.5);
        assertThat(FrechetDistance.between(a, b)).isCloseTo(expected, within(1e-9));
    }

    @Test
    @DisplayName("between full 2×2 covariances matches tr √(Σ₁Σ₂) = √(tr M + 2√det M)")
    void twoByTwoClosedForm() {
        double[] s1 = {2.0, 0.7, 0.7, 1.0};
        double[] s2 = {1.5, -0.4, -0.4, 0.8};
        double[] m = {
            s1[0] * s2[0] + s1[1] * s2[2],
            s1[0] * s2[1] + s1[1] * s2[3],
            s1[2] * s2[0] + s1[3] * s2[2],
            s1[2] * s2[1] + s1[3] * s2[3]
        };
        double trace = m[0] + m[3];
        double det = m[0] * m[3] - m[1] * m[2];
        double traceSqrt = Math.sqrt(trace + 2 * Math.sqrt(det));
        double expected = 0.5 * 0.5 + (2.0 + 1.0) + (1.5 + 0.8) - 2 * traceSqrt;
        GaussianFit a = new GaussianFit(new double[] {0.5, 0}, s1, 10);
        GaussianFit b = new GaussianFit(new double[] {0, 0}, s2, 10);
        assertThat(FrechetDistance.between(a, b)).isCloseTo(expected, within(1e-9));
    }

    @Test
    @DisplayName("of a set with itself is 0, with full and with singular covariances (fewer samples than dimensions)")
    void ofASetWithItselfIsZero() {
        GaussianFit full = GaussianFit.of(gaussian(500, 16, 1));
        assertThat(FrechetDistance.between(full, full)).isCloseTo(0, within(1e-8));
        GaussianFit singular = GaussianFit.of(gaussian(10, 32, 2));
        double d = FrechetDistance.between(singular, singular);
        assertThat(d).isCloseTo(0, within(1e-8));
    }

    @Test
    @DisplayName(
            "between 200,000 samples each of N(0, I) and N(m, I) in 4-D is ‖m‖² = 9 within 0.1 (5 standard errors)")
    void samplesOfShiftedGaussians() {
        // the mean term's standard error is 2‖m‖·√(2/n) = 0.019; the covariance terms' bias is O(d/n)
        Tensor x = gaussian(200_000, 4, 3);
        Tensor y = gaussian(200_000, 4, 4).add(new Scalar(1.5));
        double d = FrechetDistance.between(GaussianFit.of(x), GaussianFit.of(y));
        assertThat(d).isCloseTo(9.0, within(0.1));
    }

    @Test
    @DisplayName("fits mean and unbiased covariance: for rows (0, 0), (2, 0), (0, 2) μ = (2/3, 2/3), Σ = [[4/3, −2/3], "
            + "[−2/3, 4/3]]")
    void fit() {
        GaussianFit f = GaussianFit.of(Tensor.create(new float[] {0, 0, 2, 0, 0, 2}, 3, 2));
        assertThat(f.mean()).containsExactly(new double[] {2.0 / 3, 2.0 / 3}, within(1e-7));
        assertThat(f.covariance()).containsExactly(new double[] {4.0 / 3, -2.0 / 3, -2.0 / 3, 4.0 / 3}, within(1e-7));
        assertThat(f.count()).isEqualTo(3);
    }

    private static double[] diag(double... v) {
        double[] m = new double[v.length * v.length];
        for (int i = 0; i < v.length; i++) {
            m[i * v.length + i] = v[i];
        }
        return m;
    }
}
