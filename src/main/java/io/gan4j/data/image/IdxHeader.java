package io.gan4j.data.image;

import java.nio.file.Path;

/**
 * The header of an IDX file (the format of MNIST and Fashion-MNIST): a big-endian magic number
 * {@code 0x0000TTDD} (TT the element type, 08 for unsigned bytes; DD the number of dimensions),
 * then DD big-endian 32-bit sizes.
 *
 * @param file    the file it was read from
 * @param count   the first dimension: images or labels
 * @param rows    rows per image (0 for a labels file)
 * @param columns columns per image (0 for a labels file)
 */
public record IdxHeader(Path file, int count, int rows, int columns) {

    /** Magic number of a file of unsigned-byte images: N × rows × columns. */
    public static final int IMAGES_MAGIC = 0x00000803;

    /** Magic number of a file of unsigned-byte labels: N. */
    public static final int LABELS_MAGIC = 0x00000801;

    /** Bytes before the data: 16 for images, 8 for labels. */
    public int headerBytes() {
        return rows == 0 ? 8 : 16;
    }

    /**
     * Reads the header of an images file (only the first 16 bytes, after decompression).
     *
     * @throws ImageDataException if the magic number is not {@link #IMAGES_MAGIC} or the file
     *     ends inside the header
     */
    public static IdxHeader ofImages(Path file) {
        try (BinaryInput in = BinaryInput.open(file)) {
            return readImages(file, in);
        }
    }

    /** Reads the header of a labels file (its first 8 bytes). */
    public static IdxHeader ofLabels(Path file) {
        try (BinaryInput in = BinaryInput.open(file)) {
            return readLabels(file, in);
        }
    }

    static IdxHeader readImages(Path file, BinaryInput in) {
        expectMagic(file, in, IMAGES_MAGIC, "unsigned-byte images, N × rows × columns");
        int count = dimension(file, in, "image count", 4);
        int rows = dimension(file, in, "row count", 8);
        int columns = dimension(file, in, "column count", 12);
        if (rows == 0 || columns == 0 || (long) count * rows * columns > Integer.MAX_VALUE - 8) {
            throw new ImageDataException(file + ": the header declares " + count + " images of "
                    + rows + "×" + columns + "; gan4j reads 1 to " + (Integer.MAX_VALUE - 8)
                    + " bytes of non-empty images");
        }
        return new IdxHeader(file, count, rows, columns);
    }

    static IdxHeader readLabels(Path file, BinaryInput in) {
        expectMagic(file, in, LABELS_MAGIC, "unsigned-byte labels, N");
        return new IdxHeader(file, dimension(file, in, "label count", 4), 0, 0);
    }

    private static void expectMagic(Path file, BinaryInput in, int expected, String meaning) {
        int magic = in.readInt("IDX magic number");
        if (magic != expected) {
            throw new ImageDataException(file + ": magic number " + hex(magic) + " found, expected " + hex(expected)
                    + " (an IDX file of " + meaning + ")");
        }
    }

    private static int dimension(Path file, BinaryInput in, String what, int offset) {
        int value = in.readInt(what);
        if (value < 0) {
            throw new ImageDataException(file + ": the " + what + " at offset " + offset + " is "
                    + Integer.toUnsignedString(value) + ", more than gan4j can hold");
        }
        return value;
    }

    static String hex(int value) {
        return String.format("0x%08x", value);
    }
}
