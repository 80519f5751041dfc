package io.gan4j.reports;

import io.gan4j.files.AtomicFiles;
import io.gan4j.metrics.image.ClassAgreement;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A class-agreement confusion matrix as a PNG: row k is the samples asked for class k, column j
 * the classifier's label j; each cell is shaded by its share of the row (white 0 to dark blue 1)
 * and shows that share in per cent, so an obedient generator is a dark diagonal and one that
 * ignores its class has identical rows. Drawn with Java2D rather than XChart's heat map, which
 * cannot print a value in each cell.
 */
public final class ConfusionMatrixPng {

    private static final int CELL = 44;
    private static final int LEFT = 110;
    private static final int TOP = 70;

    private final String title;
    private final ClassAgreement agreement;
    private final List<String> classNames;

    /**
     * @param classNames a name per class (row and column labels), or {@code null} for 0 … K − 1
     */
    public ConfusionMatrixPng(String title, ClassAgreement agreement, List<String> classNames) {
        if (classNames != null && classNames.size() != agreement.classes()) {
            throw new IllegalArgumentException(
                    agreement.classes() + " classes need as many names, found " + classNames.size());
        }
        this.title = title;
        this.agreement = agreement;
        this.classNames = classNames;
    }

    /** Renders and writes the PNG atomically. */
    public void writePng(Path file) {
        Headless.ensure();
        int k = agreement.classes();
        int width = LEFT + k * CELL + 90;
        int height = TOP + k * CELL + 60;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, 10, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "agreement %.1f %% of %d samples (chance %.1f %%); rows: asked class, "
                                + "columns: classifier's label",
                        100 * agreement.overall(),
                        agreement.samples(),
                        100 * agreement.chance()),
                10,
                42);
        long[][] c = agreement.confusion();
        for (int r = 0; r < k; r++) {
            long row = 0;
            for (long v : c[r]) {
                row += v;
            }
            g.setColor(Color.BLACK);
            drawRight(g, name(r), LEFT - 8, TOP + r * CELL + CELL / 2 + 5);
            double own = row == 0 ? Double.NaN : (double) c[r][r] / row;
            g.drawString(
                    Double.isNaN(own) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * own),
                    LEFT + k * CELL + 10,
                    TOP + r * CELL + CELL / 2 + 5);
            for (int j = 0; j < k; j++) {
                double share = row == 0 ? 0 : (double) c[r][j] / row;
                g.setColor(shade(share));
                g.fillRect(LEFT + j * CELL, TOP + r * CELL, CELL, CELL);
                g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
                if (c[r][j] > 0) {
                    drawCentred(
                            g,
                            String.format(Locale.ROOT, "%.0f", 100 * share),
                            LEFT + j * CELL + CELL / 2,
                            TOP + r * CELL + CELL / 2 + 5);
                }
            }
        }
        g.setColor(Color.BLACK);
        for (int j = 0; j < k; j++) {
            drawCentred(g, name(j), LEFT + j * CELL + CELL / 2, TOP - 8);
        }
        g.setStroke(new BasicStroke(1));
        g.setColor(Color.GRAY);
        g.drawRect(LEFT, TOP, k * CELL, k * CELL);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + file, e);
        }
        AtomicFiles.write(file, out.toByteArray());
    }

    private String name(int k) {
        return classNames == null ? String.valueOf(k) : classNames.get(k);
    }

    /** White (0) to dark blue (1). */
    static Color shade(double share) {
        double s = Math.max(0, Math.min(1, share));
        return new Color(
                (int) Math.round(255 - 222 * s), (int) Math.round(255 - 180 * s), (int) Math.round(255 - 75 * s));
    }

    private static void drawCentred(Graphics2D g, String text, int x, int y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, x - m.stringWidth(text) / 2, y);
    }

    private static void drawRight(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text), y);
    }
}
