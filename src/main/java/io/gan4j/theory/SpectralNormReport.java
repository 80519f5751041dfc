package io.gan4j.theory;

import io.gan4j.reports.LineChartPng;
import io.gan4j.theory.SpectralNormAccuracy.LayerTrace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/** Writes {@link SpectralNormAccuracy}'s figures, CSV file, plots and explanations into its run. */
final class SpectralNormReport {

    private SpectralNormReport() {}

    /** Writes the CSV, plots and explanations into {@code run}; returns the figures for its summary. */
    static SpectralNormAccuracy.Figures write(
            TheoryRun run, SpectralNormAccuracy.Budget b, long seed, List<Double> stepList, List<LayerTrace> traces) {
        double[] steps = stepList.stream().mapToDouble(Double::doubleValue).toArray();
        int first = 0;
        while (first < steps.length && steps[first] <= SpectralNormAccuracy.SETTLE_STEPS) {
            first++;
        }
        Map<String, String> shapes = new LinkedHashMap<>();
        Map<String, Double> maxError = new LinkedHashMap<>();
        Map<String, Double> medianError = new LinkedHashMap<>();
        Map<String, Double> medianDrift = new LinkedHashMap<>();
        Map<String, Double> medianSecond = new LinkedHashMap<>();
        double overall = 0;
        for (LayerTrace t : traces) {
            double[] errors = series(steps.length, t::relativeError);
            double[] settled = Arrays.copyOfRange(errors, first, errors.length);
            double max = Arrays.stream(settled).max().orElse(Double.NaN);
            overall = Math.max(overall, max);
            shapes.put(t.name(), t.shape());
            maxError.put(t.name(), max);
            medianError.put(t.name(), median(settled));
            medianDrift.put(
                    t.name(),
                    median(Arrays.copyOfRange(
                            series(steps.length, k -> t.driftToGap().get(k)), first, steps.length)));
            medianSecond.put(
                    t.name(),
                    median(Arrays.copyOfRange(
                            series(steps.length, k -> t.secondRatio().get(k)), first, steps.length)));
        }
        run.paragraph("The " + SpectralNormAccuracy.PRESET + " preset (networks " + b.width() + " wide) trained for "
                + b.steps()
                + " steps; every " + b.every()
                + " steps each layer's power-iteration σ is compared with the exact largest singular "
                + "value. Figures count the steps after step " + SpectralNormAccuracy.SETTLE_STEPS + ".");
        run.paragraph(
                "One power-iteration step per update tracks σ₁ only while W's singular vectors move little per update: "
                        + "the update's size ‖ΔW‖₂ must be small against the spectral gap σ₁ − σ₂ (drift-to-gap ≪ "
                        + "1). The output layer has one "
                        + "row, a single singular value, and one step gives it exactly; a square hidden layer of a "
                        + "randomly initialised "
                        + "network has σ₂/σ₁ close to 1, so with Adam's per-step moves the estimate can lag by "
                        + "percents.");
        List<String> header = new ArrayList<>(List.of("step"));
        traces.forEach(t -> header.addAll(List.of(
                t.name() + "_sigma_power_iteration",
                t.name() + "_sigma_exact",
                t.name() + "_relative_error",
                t.name() + "_sigma2_over_sigma1",
                t.name() + "_drift_to_gap")));
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < steps.length; k++) {
            double[] row = new double[1 + 5 * traces.size()];
            row[0] = steps[k];
            for (int l = 0; l < traces.size(); l++) {
                LayerTrace t = traces.get(l);
                row[1 + 5 * l] = t.estimate().get(k);
                row[2 + 5 * l] = t.exact().get(k);
                row[3 + 5 * l] = t.relativeError(k);
                row[4 + 5 * l] = t.secondRatio().get(k);
                row[5 + 5 * l] = t.driftToGap().get(k);
            }
            rows.add(row);
        }
        run.csv("sigma.csv", header, rows);

        LineChartPng.Builder errors = LineChartPng.builder()
                .title("Relative error of the power-iteration σ")
                .logY(true)
                .legendOutside(true)
                .size(760, 420)
                .xLabel("generator step")
                .yLabel("|σ̃ − σ₁| / σ₁");
        LineChartPng.Builder drift = LineChartPng.builder()
                .title("Update size against the spectral gap")
                .logY(true)
                .legendOutside(true)
                .size(760, 420)
                .xLabel("generator step")
                .yLabel("‖ΔW‖₂ / (σ₁ − σ₂)");
        for (LayerTrace t : traces) {
            errors.series(t.name() + " (" + t.shape() + ")", steps, series(steps.length, t::relativeError));
            drift.series(
                    t.name() + " (" + t.shape() + ")",
                    steps,
                    series(steps.length, k -> t.driftToGap().get(k)));
        }
        run.chart(
                "relative_error.png",
                "Relative error of each layer's power-iteration σ against the exact σ₁",
                errors.build());
        run.chart("drift_to_gap.png", "Each layer's last update ‖ΔW‖₂ over its spectral gap σ₁ − σ₂", drift.build());
        for (LayerTrace t : traces) {
            LineChartPng chart = LineChartPng.builder()
                    .title(t.name() + " (" + t.shape() + ")")
                    .xLabel("generator step")
                    .yLabel("σ")
                    .series(
                            "power iteration",
                            steps,
                            series(steps.length, k -> t.estimate().get(k)))
                    .series(
                            "exact (svdvals)",
                            steps,
                            series(steps.length, k -> t.exact().get(k)))
                    .build();
            run.chart(
                    "sigma-" + t.name() + ".png",
                    t.name() + ": σ by power iteration and exactly, over training",
                    chart);
        }
        return new SpectralNormAccuracy.Figures(
                "spectral-norm",
                SpectralNormAccuracy.PRESET,
                b.steps(),
                b.every(),
                b.width(),
                seed,
                "one power-iteration step from the layer's u on its current W (its next discriminator step's σ)",
                "largest of torch.linalg.svdvals(W), float64",
                shapes,
                overall,
                maxError,
                medianError,
                medianDrift,
                medianSecond);
    }

    private static double[] series(int n, IntToDoubleFunction f) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = f.applyAsDouble(k);
        }
        return out;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
