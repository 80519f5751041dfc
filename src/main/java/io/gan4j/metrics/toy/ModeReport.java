package io.gan4j.metrics.toy;

import java.util.Arrays;

/**
 * The outcome of {@link ModeCoverage#evaluate}: how many of a mixture's modes a sample covers,
 * and how evenly.
 *
 * @param modesCaptured   modes that are the nearest mode of at least one high-quality sample
 * @param modesTotal      K, the number of modes
 * @param hqFraction      the share of samples that are high quality (within 3σ of their nearest
 *                        mode), in [0, 1]
 * @param reverseKl       {@code KL(p ‖ uniform) = Σ_k p_k log(p_k K)} (natural log), where
 *                        {@code p_k} is the share of high-quality samples whose nearest mode is k;
 *                        0 for a perfectly even spread, log K when all fall on one mode, and
 *                        {@link Double#NaN} when there are no high-quality samples
 * @param hqCountsPerMode the number of high-quality samples per mode, length K (a copy is kept
 *                        and a copy returned)
 */
public record ModeReport(
        int modesCaptured, int modesTotal, double hqFraction, double reverseKl, int[] hqCountsPerMode) {

    /** Validates the report's internal consistency and copies the counts. */
    public ModeReport {
        if (hqCountsPerMode == null || hqCountsPerMode.length != modesTotal) {
            throw new IllegalArgumentException("hqCountsPerMode must have modesTotal = "
                    + modesTotal + " entries, found "
                    + (hqCountsPerMode == null ? "null" : String.valueOf(hqCountsPerMode.length)));
        }
        if (modesCaptured < 0 || modesCaptured > modesTotal) {
            throw new IllegalArgumentException(
                    "modesCaptured must be in [0, " + modesTotal + "], found " + modesCaptured);
        }
        hqCountsPerMode = hqCountsPerMode.clone();
    }

    /** The number of high-quality samples per mode (a copy). */
    @Override
    public int[] hqCountsPerMode() {
        return hqCountsPerMode.clone();
    }

    /** Equal when every component is, comparing the counts element by element. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ModeReport r
                && modesCaptured == r.modesCaptured
                && modesTotal == r.modesTotal
                && Double.compare(hqFraction, r.hqFraction) == 0
                && Double.compare(reverseKl, r.reverseKl) == 0
                && Arrays.equals(hqCountsPerMode, r.hqCountsPerMode);
    }

    @Override
    public int hashCode() {
        int h = Integer.hashCode(modesCaptured);
        h = 31 * h + Integer.hashCode(modesTotal);
        h = 31 * h + Double.hashCode(hqFraction);
        h = 31 * h + Double.hashCode(reverseKl);
        return 31 * h + Arrays.hashCode(hqCountsPerMode);
    }

    @Override
    public String toString() {
        return "ModeReport[modesCaptured=" + modesCaptured + ", modesTotal=" + modesTotal
                + ", hqFraction=" + hqFraction + ", reverseKl=" + reverseKl
                + ", hqCountsPerMode=" + Arrays.toString(hqCountsPerMode) + "]";
    }
}
