package io.gan4j.regularisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.linalg_svdvals;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Spectral normalisation")
class SpectralNormTest extends TorchTest {

    private static Tensor weight(long rows, long cols, long seed) {
        return randn(new long[] {rows, cols}, new GeneratorOptional(createCPUGenerator(seed)));
    }

    private static double exactSigma(Tensor w) {
        return linalg_svdvals(w.detach()).select(0, 0).item_double();
    }

    @Test
    @DisplayName("power iteration converges to the largest singular value (relative error < 1e-3)")
    void convergesToExactSigma() {
        Tensor w = weight(64, 32, 1);
        SpectralNorm sn = new SpectralNorm(64, 32, new GeneratorOptional(createCPUGenerator(2)));
        for (int i = 0; i < 200; i++) {
            sn.powerIteration(w);
        }
        double exact = exactSigma(w);
        assertThat(value(sn.sigma(w))).isCloseTo(exact, within(1e-3 * exact));
        assertThat(exactSigma(sn.normalise(w))).isCloseTo(1.0, within(1e-3));
    }

    @Test
    @DisplayName("each estimate ũᵀWṽ is a lower bound on σ and improves monotonically")
    void estimatesAreLowerBounds() {
        Tensor w = weight(20, 30, 3);
        double exact = exactSigma(w);
        SpectralNorm sn = new SpectralNorm(20, 30, new GeneratorOptional(createCPUGenerator(4)));
        double previous = 0;
        for (int i = 0; i < 10; i++) {
            sn.powerIteration(w);
            double estimate = value(sn.sigma(w));
            assertThat(estimate).isLessThanOrEqualTo(exact * (1 + 1e-6));
            assertThat(estimate).isGreaterThanOrEqualTo(previous - 1e-6);
            previous = estimate;
        }
    }

    @Test
    @DisplayName("σ is differentiated through W only: ∂(ũᵀWṽ)/∂W = ũṽᵀ")
    void gradientTreatsSingularVectorsAsConstants() {
        Tensor w = weight(5, 4, 5).set_requires_grad(true);
        SpectralNorm sn = new SpectralNorm(5, 4, new GeneratorOptional(createCPUGenerator(6)));
        sn.powerIteration(w);
        sn.sigma(w).backward();
        Tensor expected = sn.u().unsqueeze(1).mul(sn.v().unsqueeze(0));
        assertThat(value(w.grad().sub(expected).abs().max())).isLessThan(1e-6);
    }

    @Test
    @DisplayName("a convolution-shaped weight is normalised as its (out, in·k·k) matrix")
    void reshapesHigherRankWeights() {
        Tensor w = randn(new long[] {8, 3, 3, 3}, new GeneratorOptional(createCPUGenerator(7)));
        SpectralNorm sn = new SpectralNorm(8, 27, new GeneratorOptional(createCPUGenerator(8)));
        for (int i = 0; i < 100; i++) {
            sn.powerIteration(w);
        }
        assertThat(value(sn.sigma(w))).isCloseTo(exactSigma(w.reshape(8, 27)), within(1e-3));
    }
}
