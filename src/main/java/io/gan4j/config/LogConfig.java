package io.gan4j.config;

/**
 * What to measure and record during training.
 *
 * @param every log losses and gradient norms every this many generator steps (and at the last step)
 * @param evalEvery evaluate the toy metrics every this many generator steps (and at the last step);
 *     a multiple of {@code every} when metrics are named
 * @param snapshots toy runs: sample plots at this many evenly spaced points of training (0 = only the end)
 * @param evalSamples generated samples for the mode metrics (PacGAN: 2500)
 * @param w1Samples generated and real samples for the exact 1-Wasserstein distance
 * @param report whether to draw the sample snapshots, the curves and {@code report.html}
 *     (off for benchmark cells, where only the figures matter)
 * @param gridEvery image runs: a grid of samples from fixed noise every this many generator steps
 *     (and before the first and after the last); 0 = only those two
 * @param gridRows image runs: the grid is gridRows × gridRows images
 * @param metrics image runs: comma-separated metrics to measure during training ({@code fid},
 *     {@code kid}, {@code is}, {@code pr}, {@code dc}, {@code modes}, {@code class-agreement}); empty for none
 * @param metricsEvery measure them every this many generator steps (and at the last step); a
 *     multiple of {@code every} when metrics are named
 * @param metricsSamples generated samples (and real ones) per measurement
 */
public record LogConfig(
        int every,
        int evalEvery,
        int snapshots,
        int evalSamples,
        int w1Samples,
        boolean report,
        int gridEvery,
        int gridRows,
        String metrics,
        int metricsEvery,
        int metricsSamples) {

    /** The metrics a config can name in {@code log.metrics}. */
    public static final java.util.List<String> METRICS =
            java.util.List.of("fid", "kid", "is", "pr", "dc", "modes", "class-agreement");

    public static LogConfig defaults() {
        return new LogConfig(100, 500, 4, 2500, 1000, true, 500, 8, "", 1000, 2000);
    }

    /** The metrics named in {@code metrics}, in order. */
    public java.util.List<String> metricNames() {
        return java.util.Arrays.stream(metrics.split(","))
                .map(String::trim)
                .filter(m -> !m.isEmpty())
                .toList();
    }

    void validate(Violations v, String path) {
        v.atLeast(path + ".every", every, 1);
        v.atLeast(path + ".eval_every", evalEvery, 1);
        if (every >= 1 && evalEvery >= 1 && evalEvery % every != 0) {
            v.add(path + ".eval_every", "must be a multiple of " + path + ".every (" + every + "), found " + evalEvery);
        }
        v.between(path + ".snapshots", snapshots, 0, Bounds.SNAPSHOTS);
        v.between(path + ".eval_samples", evalSamples, 1, Bounds.SAMPLES);
        v.between(path + ".w1_samples", w1Samples, 2, Bounds.SAMPLES);
        v.atLeast(path + ".grid_every", gridEvery, 0);
        v.between(path + ".grid_rows", gridRows, 1, Bounds.GRID_ROWS);
        for (String m : metricNames()) {
            v.oneOf(path + ".metrics", m, METRICS);
        }
        v.atLeast(path + ".metrics_every", metricsEvery, 1);
        if (!metricNames().isEmpty() && every >= 1 && metricsEvery >= 1 && metricsEvery % every != 0) {
            v.add(
                    path + ".metrics_every",
                    "must be a multiple of " + path + ".every (" + every + "), found " + metricsEvery);
        }
        v.between(path + ".metrics_samples", metricsSamples, 10, Bounds.SAMPLES);
    }
}
