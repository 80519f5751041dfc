package io.gan4j.reports;

import io.gan4j.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A histogram of values as a PNG, with XChart: {@code bins} equal bins from the smallest to the
 * largest finite value, drawn as steps. Non-finite values are left out.
 */
public final class HistogramPng {

    private final String title;
    private final String xLabel;
    private final double[] values;
    private final int bins;

    /**
     * @param title the chart's title
     * @param xLabel what the values are
     * @param values the values to count
     * @param bins the number of equal bins, at least 1
     */
    public HistogramPng(String title, String xLabel, double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least 1 bin, found " + bins);
        }
        this.title = title;
        this.xLabel = xLabel;
        this.values = values.clone();
        this.bins = bins;
    }

    /** Counts per bin; bin i covers [lo + i·w, lo + (i + 1)·w), the last one closed. */
    static long[] counts(double[] values, double lo, double hi, int bins) {
        long[] counts = new long[bins];
        double width = (hi - lo) / bins;
        for (double v : values) {
            if (Double.isFinite(v)) {
                int i = width > 0 ? (int) Math.floor((v - lo) / width) : 0;
                counts[Math.max(0, Math.min(bins - 1, i))]++;
            }
        }
        return counts;
    }

    /** Tick labels with about three significant digits for values up to {@code magnitude}. */
    static String decimalPattern(double magnitude) {
        if (magnitude == 0 || !Double.isFinite(magnitude)) {
            return "0.###";
        }
        return magnitude < 0.01 || magnitude >= 1e4
                ? "0.##E0"
                : "0." + "#".repeat(Math.max(1, 2 - (int) Math.floor(Math.log10(magnitude))));
    }

    /** Renders and writes the PNG atomically. */
    public void writePng(Path file) {
        Headless.ensure();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        long[] counts = counts(values, lo, hi, bins);
        double width = (hi - lo) / bins;
        double[] x = new double[bins + 1];
        double[] y = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            x[i] = lo + i * width;
            y[i] = counts[Math.min(i, bins - 1)];
        }
        XYChart chart = new XYChartBuilder()
                .width(640)
                .height(400)
                .title(title)
                .xAxisTitle(xLabel)
                .yAxisTitle("count")
                .build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setXAxisDecimalPattern(decimalPattern(Math.max(Math.abs(lo), Math.abs(hi))));
        XYSeries s = chart.addSeries("count", x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        s.setMarker(SeriesMarkers.NONE);
        try {
            AtomicFiles.write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + file, e);
        }
    }
}
