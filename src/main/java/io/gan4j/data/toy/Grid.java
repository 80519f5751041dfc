package io.gan4j.data.toy;

/**
 * The "2D grid": 25 equally weighted Gaussians on a 5 × 5 lattice,
 *
 * <pre>
 *   μ_ij = (−4 + 2i, −4 + 2j),  i, j ∈ {0, …, 4},   σ = 0.05  (no rescaling)
 * </pre>
 *
 * <p>Source: A. Srivastava et al., <i>VEEGAN</i>, NeurIPS 2017; Z. Lin et al., <i>PacGAN</i>,
 * NeurIPS 2018 (its {@code 2DGrid} config: variances {@code 0.05² I}). Modes are listed with
 * {@code i} outer, {@code j} inner. Registered as {@code grid}.
 */
public final class Grid extends UniformGaussianMixture {

    /** The number of modes. */
    public static final int MODES = 25;
    /** The per-coordinate standard deviation of every mode. */
    public static final double STD = 0.05;

    /** Creates the grid; it has no parameters. */
    public Grid() {
        super("grid", centres(), STD, 1.0);
    }

    private static double[][] centres() {
        double[][] c = new double[MODES][];
        int k = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                c[k++] = new double[] {-4 + 2 * i, -4 + 2 * j};
            }
        }
        return c;
    }
}
