package io.gan4j.data.toy;

/**
 * The WGAN-GP authors' "25gaussians": 25 Gaussians on a 5 × 5 lattice of spacing 2, the whole
 * sample then divided by 2.828,
 *
 * <pre>
 *   c = (2i, 2j),  i, j ∈ {−2, …, 2},   x = (c + 0.05·z) / 2.828,   z ~ N(0, I₂)
 * </pre>
 *
 * <p>so the modes in sampled coordinates are {@code c / 2.828} with standard deviation
 * {@code 0.05 / 2.828}. Modes are listed with {@code i} outer, {@code j} inner.
 *
 * <p>The source builds one fixed set of 100,000 such points (exactly 4,000 per centre), shuffles
 * it and cycles through it in batches. Every point of that set is a draw from the mixture above,
 * so drawing fresh points each time, as this class does, samples the same distribution; the only
 * difference is that the source's training stream reuses a finite, exactly balanced sample.
 *
 * <p>Source: I. Gulrajani et al., <i>Improved Training of Wasserstein GANs</i>, NeurIPS 2017;
 * {@code gan_toy.py} in github.com/igul222/improved_wgan_training. Registered as
 * {@code 25gaussians}.
 */
public final class TwentyFiveGaussians extends UniformGaussianMixture {

    /** The per-coordinate standard deviation before rescaling. */
    public static final double RAW_STD = 0.05;
    /** The divisor applied to every point ("stdev" in the source). */
    public static final double DIVISOR = 2.828;

    /** Creates the distribution; it has no parameters. */
    public TwentyFiveGaussians() {
        super("25gaussians", centres(), RAW_STD, DIVISOR);
    }

    private static double[][] centres() {
        double[][] c = new double[25][];
        int k = 0;
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                c[k++] = new double[] {2 * i, 2 * j};
            }
        }
        return c;
    }
}
