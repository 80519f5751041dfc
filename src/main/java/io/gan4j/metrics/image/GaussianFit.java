package io.gan4j.metrics.image;

import static org.bytedeco.pytorch.global.torch.ScalarType.Double;

import org.bytedeco.pytorch.Tensor;

/**
 * The mean and covariance of a set of feature vectors, the Gaussian that FID compares: μ = (1/n) Σ xᵢ,
 * Σ = (1/(n − 1)) Σ (xᵢ − μ)(xᵢ − μ)ᵀ (the unbiased estimate, as {@code numpy.cov} and the FID
 * reference code use). Computed in float64.
 *
 * @param mean μ, length d
 * @param covariance Σ, d × d, row-major
 * @param count n
 */
public record GaussianFit(double[] mean, double[] covariance, long count) {

    public GaussianFit {
        if (covariance.length != mean.length * mean.length) {
            throw new IllegalArgumentException(
                    "a covariance of " + covariance.length + " values does not fit a mean of " + mean.length);
        }
    }

    /** The fit of {@code features}, shape (n, d) with n ≥ 2. */
    public static GaussianFit of(Tensor features) {
        if (features.dim() != 2 || features.size(0) < 2) {
            throw new IllegalArgumentException("a Gaussian fit needs features of shape (n ≥ 2, d), found "
                    + java.util.Arrays.toString(features.shape()));
        }
        Tensor x = features.toType(Double);
        Tensor mu = x.mean(new long[] {0}, false, new org.bytedeco.pytorch.ScalarTypeOptional());
        Tensor centred = x.sub(mu);
        Tensor cov = centred.t().matmul(centred).div(new org.bytedeco.pytorch.Scalar((double) (x.size(0) - 1)));
        return new GaussianFit(doubles(mu), doubles(cov), x.size(0));
    }

    /** Dimension d. */
    public int dimension() {
        return mean.length;
    }

    static double[] doubles(Tensor t) {
        Tensor c = t.contiguous().toType(Double);
        double[] out = new double[(int) c.numel()];
        java.nio.DoubleBuffer b = c.createBuffer();
        b.get(out);
        return out;
    }
}
