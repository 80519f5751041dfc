package io.gan4j.data.toy;

import java.util.random.RandomGenerator;

/**
 * The WGAN-GP authors' "swissroll": scikit-learn's {@code make_swiss_roll(n, noise=0.25)},
 * keeping coordinates x and z, divided by 7.5. {@code make_swiss_roll} draws
 *
 * <pre>
 *   t = 1.5π(1 + 2u),  u ~ U[0, 1)
 *   (x, y, z) = (t cos t, 21·u', t sin t) + 0.25·(n₁, n₂, n₃),   u' ~ U[0, 1),  n ~ N(0, I₃)
 * </pre>
 *
 * <p>so a point here is
 *
 * <pre>
 *   ((t cos t + 0.25 n₁) / 7.5,  (t sin t + 0.25 n₃) / 7.5)
 * </pre>
 *
 * <p>The discarded coordinate y and its noise n₂ are not drawn: they do not affect the kept
 * coordinates. Each point consumes {@code rng.nextDouble()} and then two
 * {@code rng.nextGaussian()} calls. The distribution is a continuous manifold, so it has no
 * modes.
 *
 * <p>Source: I. Gulrajani et al., <i>Improved Training of Wasserstein GANs</i>, NeurIPS 2017;
 * {@code gan_toy.py} in github.com/igul222/improved_wgan_training. Registered as
 * {@code swissroll}.
 */
public final class SwissRoll implements ToyDistribution {

    /** The standard deviation of the Gaussian noise added to each coordinate, before rescaling. */
    public static final double NOISE = 0.25;
    /** The divisor applied to every point ("stdev plus a little" in the source). */
    public static final double DIVISOR = 7.5;

    /** Creates the distribution; it has no parameters. */
    public SwissRoll() {}

    @Override
    public String name() {
        return "swissroll";
    }

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        SampleCount.check(n, rng);
        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
            points[i][0] = (t * Math.cos(t) + NOISE * rng.nextGaussian()) / DIVISOR;
            points[i][1] = (t * Math.sin(t) + NOISE * rng.nextGaussian()) / DIVISOR;
        }
        return points;
    }

    /** @return an empty {@code 0 × 2} array: the swiss roll has no discrete modes */
    @Override
    public double[][] modes() {
        return new double[0][2];
    }

    /** @return {@link Double#NaN}: the swiss roll has no modes */
    @Override
    public double modeStd() {
        return Double.NaN;
    }

    @Override
    public String toString() {
        return name();
    }
}
