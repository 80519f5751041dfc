package io.gan4j.examples;

import io.gan4j.api.TrainedGenerator;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Loads a trained generator in a plain Java program and draws its samples: a 8×8 grid of images for an image run,
 * a scatter of 2000 points for a toy run.
 *
 * <p>Usage: {@code SampleGrid RUN_DIR OUT.png [SEED]}.
 */
public final class SampleGrid {

    public static void main(String[] args) throws IOException {
        Path run = Path.of(args[0]);
        Path png = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        try (TrainedGenerator g = TrainedGenerator.load(run)) {
            if (g.imageShape() != null) {
                g.writeGrid(png, 8, 8, seed, -1);
                System.out.println("wrote 64 samples of " + g.imageShape() + " to " + png);
            } else {
                ImageIO.write(scatter(g.sample(2000, seed)), "png", png.toFile());
                System.out.println("wrote 2000 points to " + png);
            }
        }
    }

    /** Points (x, y) in [-3, 3]² drawn on a 400×400 picture. */
    private static BufferedImage scatter(float[] xy) {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.setColor(new Color(31, 119, 180));
        for (int i = 0; i + 1 < xy.length; i += 2) {
            int px = (int) Math.round((xy[i] + 3) / 6 * 399);
            int py = (int) Math.round((3 - xy[i + 1]) / 6 * 399);
            g.fillOval(px - 2, py - 2, 4, 4);
        }
        g.dispose();
        return img;
    }
}
