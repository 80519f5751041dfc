package io.gan4j.reports;

import io.gan4j.files.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A 2-D GAN's state as a picture: real points (dark grey), generated points (orange), and the
 * discriminator's or critic's field as a diverging heat map (centred on its median) with contour
 * lines and a colour bar. Drawn with Java2D, headless.
 */
public final class SamplePlot {

    static final Color REAL = new Color(40, 40, 40, 150);
    static final Color GENERATED = new Color(0xE6, 0x61, 0x00, 190);
    private static final int LEFT = 64;
    private static final int RIGHT = 96;
    private static final int TOP = 40;
    private static final int BOTTOM = 52;
    private static final int CONTOURS = 7;

    private final String title;
    private final double[][] real;
    private final double[][] generated;
    private final FieldGrid field;
    private final String fieldLabel;
    private final int width;
    private final int height;
    private final double[] bounds;

    private SamplePlot(Builder b) {
        this.title = b.title;
        this.real = b.real;
        this.generated = b.generated;
        this.field = b.field;
        this.fieldLabel = b.fieldLabel;
        this.width = b.width;
        this.height = b.height;
        this.bounds = field != null
                ? new double[] {field.xMin(), field.xMax(), field.yMin(), field.yMax()}
                : PlotBounds.around(real, generated);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The plot's pixel column of data coordinate x. */
    double px(double x) {
        return LEFT + (x - bounds[0]) / (bounds[1] - bounds[0]) * plotWidth();
    }

    /** The plot's pixel row of data coordinate y. */
    double py(double y) {
        return TOP + plotHeight() - (y - bounds[2]) / (bounds[3] - bounds[2]) * plotHeight();
    }

    private int plotWidth() {
        return width - LEFT - RIGHT;
    }

    private int plotHeight() {
        return height - TOP - BOTTOM;
    }

    /** The picture. */
    public BufferedImage render() {
        Headless.ensure();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setClip(LEFT, TOP, plotWidth(), plotHeight());
        if (field != null) {
            drawField(g);
        }
        drawPoints(g, real, REAL, 1.6);
        drawPoints(g, generated, GENERATED, 2.0);
        g.setClip(null);
        drawAxes(g);
        drawLegend(g);
        g.dispose();
        return image;
    }

    /** Renders and writes the PNG atomically. */
    public void writePng(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private void drawField(Graphics2D g) {
        double[] sorted = Arrays.stream(field.values())
                .flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite)
                .sorted()
                .toArray();
        if (sorted.length == 0) {
            return;
        }
        double median = sorted[sorted.length / 2];
        double lo = sorted[(int) (0.02 * (sorted.length - 1))];
        double hi = sorted[(int) (0.98 * (sorted.length - 1))];
        double half = Math.max(Math.max(hi - median, median - lo), 1e-12);
        DivergingColourMap map = new DivergingColourMap(median, half);
        for (int py = TOP; py < TOP + plotHeight(); py++) {
            for (int px = LEFT; px < LEFT + plotWidth(); px++) {
                double fx = (px + 0.5 - LEFT) / plotWidth() * (field.nx() - 1);
                double fy = (TOP + plotHeight() - py - 0.5) / plotHeight() * (field.ny() - 1);
                g.setColor(soften(map.colour(bilinear(fx, fy))));
                g.fillRect(px, py, 1, 1);
            }
        }
        g.setColor(new Color(60, 60, 60, 140));
        g.setStroke(new BasicStroke(0.8f));
        double p5 = sorted[(int) (0.05 * (sorted.length - 1))];
        double p95 = sorted[(int) (0.95 * (sorted.length - 1))];
        for (int k = 0; k < CONTOURS && p95 > p5; k++) {
            double level = p5 + (p95 - p5) * (k + 0.5) / CONTOURS;
            for (ContourLines.Segment s : ContourLines.at(field, level)) {
                g.draw(new Line2D.Double(px(s.x1()), py(s.y1()), px(s.x2()), py(s.y2())));
            }
        }
        drawColourBar(g, map, median - half, median + half);
    }

    private double bilinear(double fx, double fy) {
        double[][] v = field.values();
        int ix = Math.min((int) fx, field.nx() - 2);
        int iy = Math.min((int) fy, field.ny() - 2);
        double tx = fx - ix;
        double ty = fy - iy;
        double bottom = v[iy][ix] * (1 - tx) + v[iy][ix + 1] * tx;
        double top = v[iy + 1][ix] * (1 - tx) + v[iy + 1][ix + 1] * tx;
        return bottom * (1 - ty) + top * ty;
    }

    /** The heat map at 55% strength over white, so the points stay readable. */
    private static Color soften(Color c) {
        double t = 0.55;
        return new Color((int) (255 + (c.getRed() - 255) * t), (int) (255 + (c.getGreen() - 255) * t), (int)
                (255 + (c.getBlue() - 255) * t));
    }

    private void drawColourBar(Graphics2D g, DivergingColourMap map, double lo, double hi) {
        g.setClip(null);
        int x = width - RIGHT + 18;
        int w = 14;
        for (int py = 0; py < plotHeight(); py++) {
            double v = hi - (hi - lo) * py / (plotHeight() - 1);
            g.setColor(soften(map.colour(v)));
            g.fillRect(x, TOP + py, w, 1);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x, TOP, w, plotHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        List<Double> ticks = NiceTicks.of(lo, hi, 5);
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : Math.abs(hi - lo);
        for (double t : ticks) {
            int py = (int) Math.round(TOP + (hi - t) / (hi - lo) * (plotHeight() - 1));
            g.drawLine(x + w, py, x + w + 4, py);
            g.drawString(NiceTicks.label(t, step), x + w + 6, py + 4);
        }
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(fieldLabel, -(TOP + plotHeight() / 2) - fm.stringWidth(fieldLabel) / 2, x - 5);
        g.setTransform(saved);
    }

    private void drawPoints(Graphics2D g, double[][] points, Color colour, double radius) {
        if (points == null) {
            return;
        }
        g.setColor(colour);
        for (double[] p : points) {
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                g.fill(new Ellipse2D.Double(px(p[0]) - radius, py(p[1]) - radius, 2 * radius, 2 * radius));
            }
        }
    }

    private void drawAxes(Graphics2D g) {
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, plotWidth(), plotHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        List<Double> xs = NiceTicks.of(bounds[0], bounds[1], 6);
        double xStep = xs.size() > 1 ? xs.get(1) - xs.get(0) : 1;
        for (double t : xs) {
            int px = (int) Math.round(px(t));
            g.drawLine(px, TOP + plotHeight(), px, TOP + plotHeight() + 5);
            String s = NiceTicks.label(t, xStep);
            g.drawString(s, px - fm.stringWidth(s) / 2, TOP + plotHeight() + 19);
        }
        List<Double> ys = NiceTicks.of(bounds[2], bounds[3], 6);
        double yStep = ys.size() > 1 ? ys.get(1) - ys.get(0) : 1;
        for (double t : ys) {
            int py = (int) Math.round(py(t));
            g.drawLine(LEFT - 5, py, LEFT, py);
            String s = NiceTicks.label(t, yStep);
            g.drawString(s, LEFT - 8 - fm.stringWidth(s), py + 4);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        fm = g.getFontMetrics();
        g.drawString(title, LEFT + (plotWidth() - fm.stringWidth(title)) / 2, TOP - 14);
    }

    private void drawLegend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int x = LEFT + 10;
        int y = TOP + 10;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x, y, 96, 42);
        g.setColor(Color.GRAY);
        g.drawRect(x, y, 96, 42);
        legendRow(g, x + 8, y + 15, REAL, "real");
        legendRow(g, x + 8, y + 33, GENERATED, "generated");
    }

    private static void legendRow(Graphics2D g, int x, int y, Color c, String label) {
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue()));
        g.fill(new Ellipse2D.Double(x, y - 8, 8, 8));
        g.setColor(Color.DARK_GRAY);
        g.drawString(label, x + 14, y);
    }

    /** Builds a {@link SamplePlot}. */
    public static final class Builder {
        private String title = "";
        private double[][] real;
        private double[][] generated;
        private FieldGrid field;
        private String fieldLabel = "";
        private int width = 640;
        private int height = 600;

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder real(double[][] points) {
            this.real = points;
            return this;
        }

        public Builder generated(double[][] points) {
            this.generated = points;
            return this;
        }

        /** The heat map and contours, and the colour bar's label. */
        public Builder field(FieldGrid field, String label) {
            this.field = field;
            this.fieldLabel = label;
            return this;
        }

        public Builder size(int width, int height) {
            if (width < 200 || height < 200) {
                throw new IllegalArgumentException(
                        "a sample plot needs at least 200 × 200 pixels, found " + width + " × " + height);
            }
            this.width = width;
            this.height = height;
            return this;
        }

        public SamplePlot build() {
            if (real == null && generated == null && field == null) {
                throw new IllegalArgumentException("a sample plot needs points or a field");
            }
            return new SamplePlot(this);
        }
    }
}
