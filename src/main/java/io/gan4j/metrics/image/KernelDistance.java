package io.gan4j.metrics.image;

import static org.bytedeco.pytorch.global.torch.ScalarType.Double;
import static org.bytedeco.pytorch.global.torch.randperm;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;

/**
 * The kernel distance, KID (Bińkowski, Sutherland, Arbel and Gretton 2018, "Demystifying MMD
 * GANs", section 4): the unbiased estimate of the squared maximum mean discrepancy with the cubic
 * polynomial kernel k(x, y) = (xᵀy/d + 1)³,
 * MMD²ᵤ = 1/(m(m−1)) Σ_{i≠j} k(xᵢ, xⱼ) + 1/(m(m−1)) Σ_{i≠j} k(yᵢ, yⱼ) − 2/m² Σ_{i,j} k(xᵢ, yⱼ),
 * averaged over random subsets of m real and m generated features (the paper: 100 subsets of
 * 1000), with the standard deviation over subsets. Unbiased: its expectation is 0 when both sets
 * come from the same distribution, so it can be negative.
 */
public final class KernelDistance {

    private KernelDistance() {}

    /**
     * @param real features (n, d)
     * @param fake features (n', d)
     * @param subsets how many subsets
     * @param subsetSize m, at most min(n, n')
     * @param stream where the subsets are drawn from
     */
    public static MeanAndSpread of(Tensor real, Tensor fake, int subsets, int subsetSize, GeneratorOptional stream) {
        int m = (int) Math.min(subsetSize, Math.min(real.size(0), fake.size(0)));
        if (m < 2) {
            throw new IllegalArgumentException("KID needs at least 2 samples per subset, found " + m);
        }
        if (real.size(1) != fake.size(1)) {
            throw new IllegalArgumentException("features of dimension " + real.size(1) + " and " + fake.size(1));
        }
        double[] values = new double[subsets];
        for (int s = 0; s < subsets; s++) {
            try (PointerScope scope = new PointerScope()) {
                Tensor x = real.index_select(
                                0,
                                randperm(real.size(0), stream, new TensorOptions())
                                        .narrow(0, 0, m))
                        .toType(Double);
                Tensor y = fake.index_select(
                                0,
                                randperm(fake.size(0), stream, new TensorOptions())
                                        .narrow(0, 0, m))
                        .toType(Double);
                values[s] = mmd2(x, y);
            }
        }
        return MeanAndSpread.of(values);
    }

    /** The unbiased MMD² of two sets of features of equal size m (float64 tensors (m, d)). */
    public static double mmd2(Tensor x, Tensor y) {
        long m = x.size(0);
        double d = x.size(1);
        double kxx = offDiagonalSum(kernel(x, x, d));
        double kyy = offDiagonalSum(kernel(y, y, d));
        double kxy = kernel(x, y, d).sum().item_double();
        return (kxx + kyy) / (m * (m - 1.0)) - 2 * kxy / ((double) m * m);
    }

    /** k(a, b) = (aᵀb/d + 1)³ for every pair: (m, m). */
    static Tensor kernel(Tensor a, Tensor b, double d) {
        return a.matmul(b.t()).div(new Scalar(d)).add(new Scalar(1.0)).pow(new Scalar(3.0));
    }

    private static double offDiagonalSum(Tensor k) {
        return k.sum().item_double() - k.diagonal().sum().item_double();
    }
}
