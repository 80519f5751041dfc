package io.gan4j.theory;

import static org.bytedeco.pytorch.global.torch.cat;
import static org.bytedeco.pytorch.global.torch.rand;

import java.util.Arrays;
import org.bytedeco.pytorch.DimnameListOptional;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/**
 * Samples and evaluation points of the WGAN paper's Example 1: P_θ is the law of (θ, Z) with
 * Z ~ U[0, 1], a vertical segment at x₁ = θ; P₀ is the segment at 0. All tensors float64, shape (n, 2).
 */
final class ParallelLineSamples {

    private ParallelLineSamples() {}

    /** n samples of P_θ: (u₁, u₂) ~ U[0, 1]² mapped to (θ, u₂). */
    static Tensor sample(double theta, long n, GeneratorOptional stream) {
        Tensor u = rand(new long[] {n, 2}, stream, new DimnameListOptional(), DoubleTensors.options());
        return u.mul(DoubleTensors.vector(new double[] {0, 1})).add(DoubleTensors.vector(new double[] {theta, 0}));
    }

    /** The generator g_θ(z) = (θ, z): θ a one-element tensor (which may require grad), z of shape (n, 1). */
    static Tensor generate(Tensor theta, Tensor z) {
        return cat(new TensorVector(theta.reshape(1, 1).expand(z.size(0), 1), z), 1);
    }

    /**
     * The midpoint rule's nodes z_j = (j + ½)/m, j &lt; m, on the line at θ: E f(θ, Z) ≈ mean_j f(θ, z_j),
     * with error O(m⁻²) for smooth f.
     */
    static Tensor quadratureLine(double theta, int m) {
        double[] a = new double[m];
        double[] z = new double[m];
        Arrays.fill(a, theta);
        for (int j = 0; j < m; j++) {
            z[j] = (j + 0.5) / m;
        }
        return DoubleTensors.pairs(a, z);
    }

    /** A grid of the strip between the two lines, [min(0, θ), max(0, θ)] × [0, 1], with k × k points. */
    static Tensor strip(double theta, int k) {
        double lo = Math.min(0, theta);
        double hi = Math.max(0, theta);
        double[] a = new double[k * k];
        double[] b = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i * k + j] = lo + (hi - lo) * i / (k - 1);
                b[i * k + j] = (double) j / (k - 1);
            }
        }
        return DoubleTensors.pairs(a, b);
    }
}
