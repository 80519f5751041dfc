package io.gan4j.data.toy;

/**
 * The "2D ring": eight equally weighted Gaussians on the unit circle,
 *
 * <pre>
 *   μ_k = (cos 2πk/8, sin 2πk/8),  k = 0, …, 7,   σ = 0.01  (no rescaling)
 * </pre>
 *
 * <p>Source: A. Srivastava et al., <i>VEEGAN: Reducing Mode Collapse in GANs using Implicit
 * Variational Learning</i>, NeurIPS 2017; Z. Lin et al., <i>PacGAN: The Power of Two Samples in
 * Generative Adversarial Networks</i>, NeurIPS 2018 (its {@code 2DRing} config: variances
 * {@code 0.01² I}). Registered as {@code ring}.
 */
public final class Ring extends UniformGaussianMixture {

    /** The number of modes. */
    public static final int MODES = 8;
    /** The per-coordinate standard deviation of every mode. */
    public static final double STD = 0.01;

    /** Creates the ring; it has no parameters. */
    public Ring() {
        super("ring", centres(), STD, 1.0);
    }

    private static double[][] centres() {
        double[][] c = new double[MODES][];
        for (int k = 0; k < MODES; k++) {
            double angle = 2 * Math.PI * k / MODES;
            c[k] = new double[] {Math.cos(angle), Math.sin(angle)};
        }
        return c;
    }
}
