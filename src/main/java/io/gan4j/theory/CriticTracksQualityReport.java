package io.gan4j.theory;

import io.gan4j.reports.LineChartPng;
import io.gan4j.theory.CriticTracksQuality.Curve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@link CriticTracksQuality}'s figures, CSV file, plots and explanations into its run. */
final class CriticTracksQualityReport {

    private CriticTracksQualityReport() {}

    /** Writes the CSV, plots and explanations into {@code run}; returns the figures for its summary. */
    static CriticTracksQuality.Figures write(
            TheoryRun run, CriticTracksQuality.Budget b, long seed, List<Curve> curves) {
        Map<String, Double> spearman = new LinkedHashMap<>();
        Map<String, String> objectives = new LinkedHashMap<>();
        Map<String, Double> firstW1 = new LinkedHashMap<>();
        Map<String, Double> lastW1 = new LinkedHashMap<>();
        Map<String, Integer> bestStep = new LinkedHashMap<>();
        Map<String, Double> belowZero = new LinkedHashMap<>();
        for (Curve c : curves) {
            spearman.put(c.name(), c.spearman());
            bestStep.put(c.name(), (int) c.steps()[c.bestRecord()]);
            if (c.critic()) {
                belowZero.put(c.name(), c.fractionBelowZero());
            }
            objectives.put(c.name(), c.objective());
            firstW1.put(c.name(), c.w1()[0]);
            lastW1.put(c.name(), c.w1()[c.w1().length - 1]);
        }
        run.paragraph("Three presets trained for " + b.steps() + " generator steps (networks " + b.width()
                + " wide; the critic first "
                + "trained alone for " + CriticTracksQuality.CRITIC_WARMUP + " steps; the generator's learning rate "
                + CriticTracksQuality.GENERATOR_LR_SCALE
                + "× the preset's, so that the critic stays near its optimum, which the claim "
                + "presumes). Every " + b.every() + " steps: −(discriminator loss, no penalty) on " + b.lossSamples()
                + " real and "
                + "generated samples, and the exact W1 between " + b.w1Samples() + " generated and " + b.w1Samples()
                + " real samples, "
                + "both on the same samples and latent codes at every record.");
        run.paragraph(
                "A Wasserstein critic's −loss estimates W(P_r, P_g) (Arjovsky et al., 2017, section 4.2): it should "
                        + "rise and fall "
                        + "with W1, a rank correlation near 1. The non-saturating GAN's −loss, E[log D(x)] + "
                        + "E[log(1 − D(G(z)))], estimates "
                        + "2·JS − log 4 only for an optimal D and saturates once the supports barely overlap: its "
                        + "correlation with W1 is "
                        + "meaningless (often negative: D gets better while G gets worse or better).");
        run.paragraph("A critic tracks W1 only as long as it stays near its optimum. On the ring the WGAN-GP generator "
                + "approaches the "
                + "circle from inside and, later, overshoots it; the critic, still sloping outwards, then "
                + "keeps lowering its estimate, "
                + "even below zero (which no optimal critic does: a constant critic scores 0), while W1 "
                + "rises: the table gives "
                + "the step of the smallest W1 and how often the Wasserstein estimate was negative.");
        List<List<String>> rows = new ArrayList<>();
        for (Curve c : curves) {
            rows.add(List.of(
                    c.name(),
                    c.objective(),
                    String.format(Locale.ROOT, "%.3f", c.spearman()),
                    String.format(Locale.ROOT, "%.4f → %.4f", c.w1()[0], c.w1()[c.w1().length - 1]),
                    String.valueOf((int) c.steps()[c.bestRecord()]),
                    c.critic() ? String.format(Locale.ROOT, "%.0f %%", 100 * c.fractionBelowZero()) : "—"));
        }
        run.table(
                "Spearman's ρ between −(discriminator loss) and W1",
                List.of(
                        "preset",
                        "objective",
                        "ρ",
                        "W1 first → last",
                        "step of the smallest W1",
                        "records with −loss < 0"),
                rows);

        List<String> header = new ArrayList<>(List.of("step"));
        curves.forEach(c -> {
            header.add("negative_loss_" + c.name());
            header.add("w1_" + c.name());
        });
        List<double[]> csv = new ArrayList<>();
        double[] steps = curves.get(0).steps();
        for (int k = 0; k < steps.length; k++) {
            double[] row = new double[1 + 2 * curves.size()];
            row[0] = steps[k];
            for (int i = 0; i < curves.size(); i++) {
                row[1 + 2 * i] = curves.get(i).negativeLoss()[k];
                row[2 + 2 * i] = curves.get(i).w1()[k];
            }
            csv.add(row);
        }
        run.csv("curves.csv", header, csv);

        LineChartPng.Builder w1 = LineChartPng.builder()
                .title("W1 of the generator to the data")
                .xLabel("generator step")
                .yLabel("W1")
                .legendOutside(true)
                .size(760, 420);
        curves.forEach(c -> w1.series(c.name(), c.steps(), c.w1()));
        run.chart("w1.png", "Exact W1 (" + b.w1Samples() + " points) over training", w1.build());
        for (Curve c : curves) {
            LineChartPng chart = LineChartPng.builder()
                    .title(String.format(Locale.ROOT, "%s: ρ = %.3f", c.name(), c.spearman()))
                    .xLabel("generator step")
                    .yLabel("standardised value")
                    .series("−(discriminator loss)", c.steps(), standardised(c.negativeLoss()))
                    .series("W1", c.steps(), standardised(c.w1()))
                    .build();
            run.chart(
                    "curves-" + c.name() + ".png",
                    c.name() + " (" + c.objective() + "): both curves standardised to mean 0 and "
                            + "standard deviation 1, so their shapes can be compared; curves.csv has the raw values",
                    chart);
        }
        return new CriticTracksQuality.Figures(
                "critic-tracks-quality",
                String.join(", ", CriticTracksQuality.PRESETS),
                objectives,
                b.steps(),
                b.every(),
                b.width(),
                CriticTracksQuality.CRITIC_WARMUP,
                CriticTracksQuality.GENERATOR_LR_SCALE,
                b.lossSamples(),
                b.w1Samples(),
                seed,
                spearman,
                bestStep,
                belowZero,
                firstW1,
                lastW1);
    }

    /** (v − mean) / sd; all zeros for a constant series. */
    static double[] standardised(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / Math.max(1, v.length - 1));
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = sd > 0 ? (v[i] - mean) / sd : 0;
        }
        return out;
    }
}
