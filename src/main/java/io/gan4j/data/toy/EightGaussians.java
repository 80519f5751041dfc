package io.gan4j.data.toy;

/**
 * The WGAN-GP authors' "8gaussians": eight Gaussians on a circle of radius 2, the whole sample
 * then divided by 1.414,
 *
 * <pre>
 *   c ∈ 2·{(1,0), (−1,0), (0,1), (0,−1),
 *          (1/√2, 1/√2), (1/√2, −1/√2), (−1/√2, 1/√2), (−1/√2, −1/√2)}
 *   x = (c + 0.02·z) / 1.414,   z ~ N(0, I₂)
 * </pre>
 *
 * <p>so the modes in sampled coordinates are {@code c / 1.414} (radius 2/1.414 ≈ 1.4144, not
 * exactly 1: the source divides by the literal 1.414, not √2) with standard deviation
 * {@code 0.02 / 1.414}. Centres are listed in the source's order.
 *
 * <p>Source: I. Gulrajani et al., <i>Improved Training of Wasserstein GANs</i>, NeurIPS 2017;
 * {@code gan_toy.py} in github.com/igul222/improved_wgan_training. Registered as
 * {@code 8gaussians}.
 */
public final class EightGaussians extends UniformGaussianMixture {

    /** The radius of the circle of centres, before rescaling. */
    public static final double SCALE = 2.0;
    /** The per-coordinate standard deviation before rescaling. */
    public static final double RAW_STD = 0.02;
    /** The divisor applied to every point ("stdev" in the source). */
    public static final double DIVISOR = 1.414;

    /** Creates the distribution; it has no parameters. */
    public EightGaussians() {
        super("8gaussians", centres(), RAW_STD, DIVISOR);
    }

    private static double[][] centres() {
        double d = 1.0 / Math.sqrt(2);
        double[][] unit = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {d, d}, {d, -d}, {-d, d}, {-d, -d}};
        double[][] c = new double[unit.length][];
        for (int k = 0; k < unit.length; k++) {
            c[k] = new double[] {SCALE * unit[k][0], SCALE * unit[k][1]};
        }
        return c;
    }
}
