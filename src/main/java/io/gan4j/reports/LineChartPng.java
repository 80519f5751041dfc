package io.gan4j.reports;

import io.gan4j.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Curves over training (losses, metrics) as a PNG, with XChart. Points that cannot be drawn (NaN,
 * infinite, or not positive on a logarithmic axis) are left out rather than failing the plot.
 */
public final class LineChartPng {

    private final Builder b;

    private LineChartPng(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Renders and writes the PNG atomically. */
    public void writePng(Path file) {
        Headless.ensure();
        XYChart chart = new XYChartBuilder()
                .width(b.width)
                .height(b.height)
                .title(b.title)
                .xAxisTitle(b.xLabel)
                .yAxisTitle(b.yLabel)
                .build();
        chart.getStyler().setLegendPosition(b.legend);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setYAxisLogarithmic(b.logY);
        boolean any = false;
        for (Map.Entry<String, double[][]> e : b.series.entrySet()) {
            double[][] clean = drawable(e.getValue()[0], e.getValue()[1], b.logY);
            if (clean[0].length > 0) {
                XYSeries s = chart.addSeries(e.getKey(), clean[0], clean[1]);
                s.setMarker(clean[0].length <= 30 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
                any = true;
            }
        }
        if (!any) {
            chart.addSeries("no data", new double[] {0}, new double[] {b.logY ? 1 : 0})
                    .setMarker(SeriesMarkers.NONE);
        }
        try {
            AtomicFiles.write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + file, e);
        }
    }

    static double[][] drawable(double[] x, double[] y, boolean logY) {
        List<double[]> keep = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && (!logY || y[i] > 0)) {
                keep.add(new double[] {x[i], y[i]});
            }
        }
        double[][] out = new double[2][keep.size()];
        for (int i = 0; i < keep.size(); i++) {
            out[0][i] = keep.get(i)[0];
            out[1][i] = keep.get(i)[1];
        }
        return out;
    }

    /** Builds a {@link LineChartPng}. */
    public static final class Builder {
        private String title = "";
        private String xLabel = "";
        private String yLabel = "";
        private boolean logY;
        private Styler.LegendPosition legend = Styler.LegendPosition.InsideNE;
        private int width = 640;
        private int height = 400;
        private final Map<String, double[][]> series = new LinkedHashMap<>();

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder xLabel(String label) {
            this.xLabel = label;
            return this;
        }

        public Builder yLabel(String label) {
            this.yLabel = label;
            return this;
        }

        public Builder logY(boolean logY) {
            this.logY = logY;
            return this;
        }

        /** Where the legend goes (default: inside, top right); choose a corner the curves leave empty. */
        public Builder legend(Styler.LegendPosition position) {
            this.legend = position;
            return this;
        }

        /** Puts the legend to the right of the plot instead of over its top-right corner. */
        public Builder legendOutside(boolean outside) {
            this.legend = outside ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideNE;
            return this;
        }

        public Builder size(int width, int height) {
            this.width = width;
            this.height = height;
            return this;
        }

        /** A named curve; x and y must have equal lengths. */
        public Builder series(String name, double[] x, double[] y) {
            if (x.length != y.length) {
                throw new IllegalArgumentException(
                        "series '" + name + "' has " + x.length + " x values and " + y.length + " y values");
            }
            series.put(name, new double[][] {x.clone(), y.clone()});
            return this;
        }

        public LineChartPng build() {
            return new LineChartPng(this);
        }
    }
}
