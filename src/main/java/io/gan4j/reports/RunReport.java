package io.gan4j.reports;

import io.gan4j.config.ConfigWriter;
import io.gan4j.config.RunConfig;
import io.gan4j.training.History;
import io.gan4j.training.Json;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.TrainingSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training run's {@code report.html}: the summary table, the samples over training (toy plots
 * over the critic's field, or image grids from fixed codes and the latent interpolation), for an
 * auto-encoder discriminator (EBGAN) its reconstructions of real and generated images, for InfoGAN
 * its codes' traversals and the curve of its mutual-information bound, the loss and gradient-norm
 * curves and, for toy data, the metrics' curves (each also written as a PNG), and the resolved
 * config.
 */
public final class RunReport {

    private RunReport() {}

    /** A model's own pictures in the report, under a heading, with a caption saying how to read them. */
    public record Figure(String heading, String caption, List<Path> files) {}

    /** Writes the curve PNGs and {@code report.html} into {@code dir}, for a run without figures of its own. */
    public static void write(
            RunDirectory dir, RunConfig config, TrainingSummary summary, History history, List<Path> snapshots) {
        write(dir, config, summary, history, snapshots, List.of());
    }

    /**
     * Writes the curve PNGs and {@code report.html} into {@code dir}.
     *
     * @param figures the model's own pictures (EBGAN's reconstructions, InfoGAN's traversals, SAGAN's
     *     attention), in order
     */
    public static void write(
            RunDirectory dir,
            RunConfig config,
            TrainingSummary summary,
            History history,
            List<Path> snapshots,
            List<Figure> figures) {
        List<Path> curves = new ArrayList<>();
        curves.add(curve(
                dir.file("losses.png"),
                "Losses",
                "loss",
                history,
                Map.of(
                        "D loss",
                        "d_loss",
                        "G loss",
                        "g_loss",
                        "penalty",
                        "d_penalty",
                        "pulling-away",
                        "g_pulling_away"),
                false));
        curves.add(curve(
                dir.file("gradient-norms.png"),
                "Gradient norms",
                "‖∇θ‖₂",
                history,
                Map.of("D", "d_grad_norm", "G", "g_grad_norm"),
                true));
        if (summary.figures() instanceof TrainingSummary.ToyFigures toy && toy.modesCaptured() != null) {
            curves.add(curve(
                    dir.file("modes.png"),
                    "Modes captured",
                    "modes",
                    history,
                    Map.of("captured", "modes_captured"),
                    false));
            curves.add(curve(
                    dir.file("quality.png"),
                    "High-quality samples",
                    "fraction",
                    history,
                    Map.of("HQ", "hq_fraction"),
                    false));
            curves.add(curve(
                    dir.file("reverse-kl.png"),
                    "Reverse KL to uniform over modes",
                    "nats",
                    history,
                    Map.of("reverse KL", "reverse_kl"),
                    false));
        }
        if (history.series("fid")[0].length > 0) {
            curves.add(curve(
                    dir.file("fid.png"), "FID against the test split", "FID", history, Map.of("FID", "fid"), true));
        }
        if (history.series("is")[0].length > 0) {
            curves.add(curve(
                    dir.file("inception-score.png"), "Inception Score", "IS", history, Map.of("IS", "is"), false));
        }
        if (history.series("precision")[0].length > 0) {
            curves.add(curve(
                    dir.file("precision-recall.png"),
                    "Precision and recall (k = 3)",
                    "fraction",
                    history,
                    Map.of("precision", "precision", "recall", "recall"),
                    false));
        }
        if (history.series("modes_covered")[0].length > 0) {
            curves.add(curve(
                    dir.file("stacked-modes.png"),
                    "Stacked-MNIST modes covered",
                    "modes",
                    history,
                    Map.of("covered", "modes_covered"),
                    false));
        }
        if (config.infogan() != null
                && (history.series("mi_bound")[0].length > 0 || history.series("mi_bound_continuous")[0].length > 0)) {
            curves.add(mutualInformation(dir.file("mutual-information.png"), config, history));
        }
        if (history.series("w1")[0].length > 0) {
            curves.add(curve(
                    dir.file("w1.png"),
                    "Exact W1 between generated and real samples",
                    "W1",
                    history,
                    Map.of("W1", "w1"),
                    true));
        }

        HtmlReport.Builder html = HtmlReport.builder()
                .title("gan4j run: " + config.name())
                .paragraph(config.objective().name() + " on " + config.data().dataset() + ", "
                        + config.train().steps() + " generator steps, seed " + config.seed() + ".")
                .keyValues("Summary", Json.fields(summary))
                .heading("Samples over training");
        for (Path p : snapshots) {
            html.image(p.getFileName().toString(), p);
        }
        for (Figure f : figures) {
            html.heading(f.heading()).paragraph(f.caption());
            for (Path p : f.files()) {
                html.image(p.getFileName().toString(), p);
            }
        }
        html.heading("Curves");
        for (Path p : curves) {
            html.image(p.getFileName().toString(), p);
        }
        html.preformatted("config.yaml", ConfigWriter.toYaml(config));
        html.build().write(dir.file("report.html"));
    }

    /** InfoGAN's bounds over training, with H(c) of the categorical codes, which the categorical bound approaches. */
    private static Path mutualInformation(Path file, RunConfig config, History history) {
        double entropy = config.infogan().categorical().stream()
                .mapToDouble(k -> Math.log(k))
                .sum();
        LineChartPng.Builder chart = LineChartPng.builder()
                .title("Mutual-information bound L_I (G's batches)")
                .xLabel("generator step")
                .yLabel("nats")
                .logY(false);
        double[][] categorical = history.series("mi_bound");
        if (categorical[0].length > 0) {
            chart.series("categorical L_I", categorical[0], categorical[1]);
            double[] flat = new double[categorical[0].length];
            java.util.Arrays.fill(flat, entropy);
            chart.series(String.format(java.util.Locale.ROOT, "H(c) = %.3f", entropy), categorical[0], flat);
        }
        double[][] continuous = history.series("mi_bound_continuous");
        if (continuous[0].length > 0) {
            chart.series("continuous L_I", continuous[0], continuous[1]);
        }
        chart.build().writePng(file);
        return file;
    }

    private static Path curve(
            Path file, String title, String yLabel, History history, Map<String, String> series, boolean logY) {
        LineChartPng.Builder chart = LineChartPng.builder()
                .title(title)
                .xLabel("generator step")
                .yLabel(yLabel)
                .logY(logY);
        new java.util.TreeMap<>(series).forEach((name, key) -> {
            double[][] s = history.series(key);
            if (s[0].length > 0) {
                chart.series(name, s[0], s[1]);
            }
        });
        chart.build().writePng(file);
        return file;
    }
}
