package io.gan4j.data.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Decodes one PNG or JPEG file (javax.imageio) into a centred square of C×S×S bytes, the rule
 * of {@link ImageFolder}:
 * <ol>
 *   <li>decode; a grey image (a grey colour space without a palette) keeps its samples as they
 *       are (scaled to 8 bits, rounded, if it has more), any other becomes sRGB through
 *       {@link BufferedImage#getRGB}; alpha is ignored;</li>
 *   <li>crop the centred square of side {@code min(w, h)}, starting at column
 *       {@code ⌊(w − side)/2⌋} and row {@code ⌊(h − side)/2⌋};</li>
 *   <li>convert to the channels asked for: RGB to 1 channel is the luminance
 *       {@code 0.299R + 0.587G + 0.114B} rounded half up; grey to 3 channels repeats it;</li>
 *   <li>resize the square to S×S by {@link Resampling}'s rule (area when shrinking, bilinear
 *       when enlarging, rounded half up).</li>
 * </ol>
 */
final class PictureDecoder {

    private final int size;
    private final int channels;

    PictureDecoder(int size, int channels) {
        this.size = size;
        this.channels = channels;
    }

    /** Decodes {@code file} into {@code dst} at {@code offset} (C·S·S bytes). */
    void decode(Path file, byte[] dst, int offset) {
        BufferedImage image = read(file);
        int side = Math.min(image.getWidth(), image.getHeight());
        int x0 = (image.getWidth() - side) / 2;
        int y0 = (image.getHeight() - side) / 2;
        byte[] square = isGrey(image.getColorModel()) ? grey(image, x0, y0, side) : rgb(image, x0, y0, side);
        Resampling.Axis axis = Resampling.axis(side, size);
        Resampling.resize(square, 0, dst, offset, channels, axis, axis);
    }

    private static BufferedImage read(Path file) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ImageDataException("cannot read image " + file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new ImageDataException(
                    "cannot read image " + file + ": not a PNG or JPEG file that javax.imageio can decode");
        }
        return image;
    }

    private static boolean isGrey(ColorModel model) {
        return model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(model instanceof IndexColorModel);
    }

    private byte[] grey(BufferedImage image, int x0, int y0, int side) {
        Raster raster = image.getRaster();
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        int plane = side * side;
        byte[] square = new byte[channels * plane];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int sample = raster.getSample(x0 + x, y0 + y, 0);
                byte value = (byte) (max == 255 ? sample : (2L * sample * 255 + max) / (2L * max));
                for (int c = 0; c < channels; c++) {
                    square[c * plane + y * side + x] = value;
                }
            }
        }
        return square;
    }

    private byte[] rgb(BufferedImage image, int x0, int y0, int side) {
        int plane = side * side;
        byte[] square = new byte[channels * plane];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int argb = image.getRGB(x0 + x, y0 + y);
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                int at = y * side + x;
                if (channels == 1) {
                    square[at] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
                } else {
                    square[at] = (byte) r;
                    square[plane + at] = (byte) g;
                    square[2 * plane + at] = (byte) b;
                }
            }
        }
        return square;
    }
}
