package io.gan4j.files;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * NumPy's {@code .npy} format, version 1.0, for float32 arrays: the magic {@code \x93NUMPY}, the
 * version bytes 1 0, a 2-byte little-endian header length, a Python-literal header
 * <code>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (…), }</code> padded with spaces and a
 * newline so the data start on a multiple of 64 bytes, then the values, C order, little-endian.
 * {@code numpy.load} reads it.
 */
public final class Npy {

    private Npy() {}

    /** The file's bytes for {@code values} of {@code shape} (their product must be values.length). */
    public static byte[] float32(float[] values, long... shape) {
        long n = 1;
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            n *= d;
            dims.append(d).append(", ");
        }
        if (n != values.length) {
            throw new IllegalArgumentException(
                    values.length + " values do not fill the shape " + java.util.Arrays.toString(shape));
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + dims.substring(0, dims.length() - 2) + ")";
        StringBuilder header =
                new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeText + ", }");
        int prefix = 10;
        while ((prefix + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        byte[] h = header.toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(prefix + h.length + 4 * values.length);
        out.write(0x93);
        out.writeBytes("NUMPY".getBytes(StandardCharsets.US_ASCII));
        out.write(1);
        out.write(0);
        out.write(h.length & 0xff);
        out.write((h.length >> 8) & 0xff);
        out.writeBytes(h);
        ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(values);
        out.writeBytes(data.array());
        return out.toByteArray();
    }

    /** Writes {@code values} of {@code shape} to {@code file} atomically. */
    public static void write(Path file, float[] values, long... shape) {
        AtomicFiles.write(file, float32(values, shape));
    }
}
