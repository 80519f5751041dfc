package io.gan4j.reports;

import io.gan4j.files.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Images as a PNG: a grid of {@code rows × cols} images with a 2-pixel gap, or one image. Pixel
 * values in [−1, 1] (the generators' tanh range) map to 0…255 as round((x + 1)·127.5), clamped.
 */
public final class ImageGridPng {

    private static final int GAP = 2;

    private ImageGridPng() {}

    /**
     * @param pixels n·C·H·W values, channel-first per image (n = rows·cols or fewer; missing cells stay white)
     * @param channels 1 (grey) or 3 (RGB)
     */
    public static void write(Path file, float[] pixels, int channels, int height, int width, int rows, int cols) {
        AtomicFiles.write(file, png(image(pixels, channels, height, width, rows, cols)));
    }

    /** The grid as an image. */
    public static BufferedImage image(float[] pixels, int channels, int height, int width, int rows, int cols) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images need 1 or 3 channels, found " + channels);
        }
        int per = channels * height * width;
        int n = pixels.length / per;
        if (n * per != pixels.length || n > rows * cols) {
            throw new IllegalArgumentException(pixels.length + " values are not at most " + rows + "×" + cols
                    + " images of " + channels + "×" + height + "×" + width);
        }
        int w = cols * width + (cols - 1) * GAP;
        int h = rows * height + (rows - 1) * GAP;
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, 0xffffff);
            }
        }
        for (int k = 0; k < n; k++) {
            int x0 = (k % cols) * (width + GAP);
            int y0 = (k / cols) * (height + GAP);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int at = k * per + y * width + x;
                    int r = level(pixels[at]);
                    int g = channels == 3 ? level(pixels[at + height * width]) : r;
                    int b = channels == 3 ? level(pixels[at + 2 * height * width]) : r;
                    img.setRGB(x0 + x, y0 + y, (r << 16) | (g << 8) | b);
                }
            }
        }
        return img;
    }

    /**
     * Each of the n images in {@code pixels} (n·C·H·W values in [−1, 1], channel-first) as an image of its own:
     * 8-bit grey for one channel, RGB for three, levels as {@link #level}.
     */
    public static List<BufferedImage> each(float[] pixels, int channels, int height, int width) {
        int per = channels * height * width;
        List<BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < pixels.length / per; i++) {
            BufferedImage rgb =
                    image(Arrays.copyOfRange(pixels, i * per, (i + 1) * per), channels, height, width, 1, 1);
            if (channels == 3) {
                out.add(rgb);
                continue;
            }
            BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    grey.getRaster().setSample(x, y, 0, rgb.getRGB(x, y) & 0xff);
                }
            }
            out.add(grey);
        }
        return out;
    }

    /** A pixel in [−1, 1] as a level 0…255. */
    public static int level(float v) {
        long l = Math.round((v + 1.0) * 127.5);
        return (int) Math.max(0, Math.min(255, l));
    }

    static byte[] png(BufferedImage img) {
        Headless.ensure();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
