package io.gan4j.data.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Tiny data files written by the tests themselves. */
final class Fixtures {

    private Fixtures() {}

    /** An IDX images file: magic 0x803, n, rows, cols, then pixel(i, y, x) as bytes. */
    static byte[] idxImages(int n, int rows, int cols, PixelFunction pixel) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + n * rows * cols);
        buffer.putInt(0x00000803).putInt(n).putInt(rows).putInt(cols);
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) {
                    buffer.put((byte) pixel.value(i, y, x));
                }
            }
        }
        return buffer.array();
    }

    /** An IDX labels file: magic 0x801, n, then the labels. */
    static byte[] idxLabels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length);
        buffer.putInt(0x00000801).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    /** The pixel value of image i at row y, column x (its low 8 bits are stored). */
    interface PixelFunction {
        int value(int i, int y, int x);
    }

    /** A pixel pattern where every (image, row, column) differs (mod 256). */
    static int pattern(int i, int y, int x) {
        return (37 * i + 11 * y + 3 * x + 1) & 0xff;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A source of {@code n} 1×h×w images with {@link #pattern} pixels and the given labels. */
    static InMemoryImages pattern(int n, int h, int w, int[] labels, int classes) {
        byte[] pixels = new byte[n * h * w];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    pixels[(i * h + y) * w + x] = (byte) pattern(i, y, x);
                }
            }
        }
        return new InMemoryImages(pixels, labels, 1, h, w, classes, "pattern: " + n + " images");
    }
}
