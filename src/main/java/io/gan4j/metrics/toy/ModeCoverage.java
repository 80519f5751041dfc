package io.gan4j.metrics.toy;

import io.gan4j.data.toy.ToyDistribution;

/**
 * Mode coverage of a sample from a Gaussian mixture with K isotropic modes of equal standard
 * deviation σ, following PacGAN (Z. Lin et al., <i>PacGAN: The Power of Two Samples in
 * Generative Adversarial Networks</i>, NeurIPS 2018, §5.1), which follows VEEGAN (A. Srivastava
 * et al., NeurIPS 2017):
 *
 * <ul>
 *   <li>a sample is <b>high quality</b> (HQ) if its Euclidean distance to its nearest mode is at
 *       most 3σ;</li>
 *   <li>a mode is <b>captured</b> if it is the nearest mode of at least one HQ sample;</li>
 *   <li>{@code hqFraction = #HQ / n};</li>
 *   <li>{@code reverseKl = KL(p ‖ U) = Σ_k p_k log(p_k K)}, where {@code p_k} is the share of HQ
 *       samples whose nearest mode is k, U the uniform distribution on the K modes, and
 *       {@code 0 · log 0 = 0}. It is {@link Double#NaN} when no sample is HQ (p is undefined).</li>
 * </ul>
 *
 * <p>Ties for the nearest mode go to the mode listed first. A sample with a NaN or infinite
 * coordinate (a diverged generator) is counted in n but is never high quality, so it lowers
 * {@code hqFraction} instead of stopping training. The PacGAN code tests {@code distance < 3σ}
 * strictly; the two agree except on a set of probability zero.
 */
public final class ModeCoverage {

    /** A sample within this many standard deviations of its nearest mode is high quality. */
    public static final double HQ_THRESHOLD_STDS = 3.0;

    private ModeCoverage() {}

    /**
     * Evaluates a sample against the modes of a toy distribution, with its {@code modeStd()}.
     *
     * @param samples {@code n × 2} points, one per row
     * @param d       a distribution with discrete modes
     * @return the report
     * @throws IllegalArgumentException if {@code d} has no modes, or as
     *     {@link #evaluate(double[][], double[][], double)}
     */
    public static ModeReport evaluate(double[][] samples, ToyDistribution d) {
        if (!d.hasModes()) {
            throw new IllegalArgumentException(
                    "toy dataset '" + d.name() + "' has no modes; mode coverage needs a mixture with discrete modes");
        }
        return evaluate(samples, d.modes(), d.modeStd());
    }

    /**
     * Evaluates a sample against explicit modes.
     *
     * @param samples {@code n × d} points, one per row, {@code n ≥ 1}
     * @param modes   {@code K × d} mode centres, {@code K ≥ 1}, finite
     * @param std     σ, the per-coordinate standard deviation of every mode, positive and finite
     * @return the report
     * @throws IllegalArgumentException if a set is null or empty, rows differ in dimension from
     *     {@code modes[0]}, a mode is not finite, or {@code std} is not positive and finite
     */
    public static ModeReport evaluate(double[][] samples, double[][] modes, double std) {
        int dim = PointSets.dimension("modes", modes);
        PointSets.requireDimension("samples", samples, dim);
        if (!PointSets.allFinite(modes)) {
            throw new IllegalArgumentException("modes must have finite coordinates");
        }
        if (!(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("std must be positive, found " + std);
        }
        double radius = HQ_THRESHOLD_STDS * std;
        double radiusSquared = radius * radius;
        int[] counts = new int[modes.length];
        int hq = 0;
        for (double[] x : samples) {
            int nearest = -1;
            double nearestSquared = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.length; k++) {
                double s = squaredDistance(x, modes[k]);
                if (s < nearestSquared) {
                    nearestSquared = s;
                    nearest = k;
                }
            }
            if (nearest >= 0 && nearestSquared <= radiusSquared) {
                counts[nearest]++;
                hq++;
            }
        }
        int captured = 0;
        double kl = 0;
        for (int count : counts) {
            if (count > 0) {
                captured++;
                double p = (double) count / hq;
                kl += p * Math.log(p * modes.length);
            }
        }
        return new ModeReport(captured, modes.length, (double) hq / samples.length, hq == 0 ? Double.NaN : kl, counts);
    }

    private static double squaredDistance(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            double d = x[k] - y[k];
            s += d * d;
        }
        return s;
    }
}
