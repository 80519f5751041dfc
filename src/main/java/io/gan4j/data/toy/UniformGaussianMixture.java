package io.gan4j.data.toy;

import java.util.random.RandomGenerator;

/**
 * An equal-weight mixture of isotropic Gaussians, optionally rescaled:
 *
 * <pre>
 *   k ~ Uniform{0, …, K−1},   x = (c_k + σ·z) / s,   z ~ N(0, I₂)
 * </pre>
 *
 * where {@code c_k} are the centres, {@code σ} the standard deviation before rescaling and
 * {@code s} the divisor (1 for sources that do not rescale). The modes in sampled coordinates are
 * therefore {@code c_k / s} with standard deviation {@code σ / s}.
 *
 * <p>Each point consumes {@code rng.nextInt(K)} and then two {@code rng.nextGaussian()} calls
 * (first x, then y).
 */
public abstract class UniformGaussianMixture implements ToyDistribution {

    private final String name;
    private final double[][] centres;
    private final double std;
    private final double divisor;

    /**
     * @param name    the registered name
     * @param centres the {@code K × 2} centres before rescaling, {@code K ≥ 1}
     * @param std     per-coordinate standard deviation before rescaling, positive
     * @param divisor the rescaling divisor {@code s}, positive (1 for none)
     */
    protected UniformGaussianMixture(String name, double[][] centres, double std, double divisor) {
        if (centres.length == 0) {
            throw new IllegalArgumentException("centres must not be empty");
        }
        for (int k = 0; k < centres.length; k++) {
            if (centres[k].length != 2) {
                throw new IllegalArgumentException(
                        "centres[" + k + "] must have 2 coordinates, found " + centres[k].length);
            }
        }
        if (!(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("std must be positive, found " + std);
        }
        if (!(divisor > 0) || !Double.isFinite(divisor)) {
            throw new IllegalArgumentException("divisor must be positive, found " + divisor);
        }
        this.name = name;
        this.centres = deepCopy(centres);
        this.std = std;
        this.divisor = divisor;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double[][] sample(int n, RandomGenerator rng) {
        SampleCount.check(n, rng);
        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            double[] c = centres[rng.nextInt(centres.length)];
            // Same order of operations as the sources: add the noise, then rescale.
            points[i][0] = (c[0] + std * rng.nextGaussian()) / divisor;
            points[i][1] = (c[1] + std * rng.nextGaussian()) / divisor;
        }
        return points;
    }

    @Override
    public final double[][] modes() {
        double[][] modes = new double[centres.length][2];
        for (int k = 0; k < centres.length; k++) {
            modes[k][0] = centres[k][0] / divisor;
            modes[k][1] = centres[k][1] / divisor;
        }
        return modes;
    }

    @Override
    public final double modeStd() {
        return std / divisor;
    }

    @Override
    public String toString() {
        return name;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }
}
