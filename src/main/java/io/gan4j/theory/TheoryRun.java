package io.gan4j.theory;

import io.gan4j.files.AtomicFiles;
import io.gan4j.reports.HtmlReport;
import io.gan4j.reports.LineChartPng;
import io.gan4j.training.Json;
import io.gan4j.training.RunDirectory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The run directory of a theory experiment: {@code summary.json} (its figures: the record the experiment
 * returns, components in snake_case, plus {@code wall_seconds}), CSV files of its curves, PNG plots, and
 * {@code report.html} showing all of them. Every file is written atomically; {@link #finish} writes the
 * summary and the report last.
 */
public final class TheoryRun {

    private final RunDirectory dir;
    private final String title;
    private final HtmlReport.Builder report;
    private final long started = System.nanoTime();
    private double wallSeconds = Double.NaN;

    private TheoryRun(RunDirectory dir, String title) {
        this.dir = dir;
        this.title = title;
        this.report = HtmlReport.builder().title(title);
    }

    /** A new run directory: {@code out} (new or empty), or {@code runs/<name>-<timestamp>}. */
    public static TheoryRun create(Path out, String name, String title) {
        return new TheoryRun(RunDirectory.create(out, name), title);
    }

    public Path path() {
        return dir.path();
    }

    /** A paragraph of explanation in the report. */
    public TheoryRun paragraph(String text) {
        report.paragraph(text);
        return this;
    }

    /** A table in the report. */
    public TheoryRun table(String caption, List<String> header, List<List<String>> rows) {
        report.table(caption, header, rows);
        return this;
    }

    /** Writes {@code name} (a CSV file) with a header line and one line per row. */
    public TheoryRun csv(String name, List<String> header, List<double[]> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (double[] row : rows) {
            sb.append(java.util.Arrays.stream(row)
                            .mapToObj(TheoryRun::csvNumber)
                            .collect(Collectors.joining(",")))
                    .append('\n');
        }
        AtomicFiles.write(dir.file(name), sb.toString());
        return this;
    }

    /** Writes {@code chart} to {@code name} (a PNG) and shows it in the report under {@code caption}. */
    public TheoryRun chart(String name, String caption, LineChartPng chart) {
        chart.writePng(dir.file(name));
        report.image(caption, dir.file(name));
        return this;
    }

    /** Shows a PNG already written into the run directory. */
    public TheoryRun image(String name, String caption) {
        report.image(caption, dir.file(name));
        return this;
    }

    /**
     * Writes {@code summary.json} — {@code figures} (a record of the experiment's figures) followed by
     * {@code wall_seconds} — and {@code report.html}, which lists the same figures; returns {@code figures}.
     */
    public <F extends Record> F finish(F figures) {
        wallSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> summary = Json.fields(figures);
        summary.put("wall_seconds", wallSeconds);
        dir.write("summary.json", Json.pretty(summary));
        HtmlReport page = report.keyValues("summary.json", flatten(summary)).build();
        page.write(dir.file("report.html"));
        return figures;
    }

    /** Seconds from {@link #create} to {@link #finish}; NaN before it finished. */
    public double wallSeconds() {
        return wallSeconds;
    }

    private static Map<String, Object> flatten(Map<String, ?> map) {
        Map<String, Object> flat = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, ?> inner = (Map<String, ?>) m;
                flatten(inner).forEach((k2, v2) -> flat.put(k + "." + k2, v2));
            } else {
                flat.put(k, v);
            }
        });
        return flat;
    }

    private static String csvNumber(double v) {
        return Double.isFinite(v)
                ? String.format(Locale.ROOT, "%.8g", v)
                : (Double.isNaN(v) ? "nan" : (v > 0 ? "inf" : "-inf"));
    }
}
