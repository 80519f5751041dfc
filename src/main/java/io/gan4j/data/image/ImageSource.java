package io.gan4j.data.image;

/**
 * Images as unsigned bytes, channel-first (C×H×W, row-major), with optional labels.
 *
 * <p>Byte {@code c·H·W + y·W + x} of an image is channel {@code c} at row {@code y}, column
 * {@code x}, as an unsigned value 0..255. Implementations are immutable and their {@link #read}
 * is safe to call from several threads at once.
 */
public interface ImageSource {

    /** Number of images. */
    int size();

    /** Channels per image: 1 (grey) or 3 (red, green, blue, in that order). */
    int channels();

    /** Rows per image. */
    int height();

    /** Columns per image. */
    int width();

    /**
     * Copies image {@code index} as C·H·W unsigned bytes into {@code dst} starting at
     * {@code offset}. Thread-safe for concurrent reads.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())} or
     *     {@code dst} has fewer than C·H·W bytes from {@code offset}
     */
    void read(int index, byte[] dst, int offset);

    /** Label of image {@code index} (0-based class), or -1 if the image is unlabelled. */
    int label(int index);

    /** Number of classes, 0 if unlabelled. */
    int classes();

    /** One line for users, e.g. {@code "MNIST train: 60000 images, 1×28×28, from /path"}. */
    String description();

    /** Bytes per image, C·H·W. */
    default int imageBytes() {
        return channels() * height() * width();
    }

    /** The shape as {@code C×H×W}, e.g. {@code "1×28×28"}. */
    default String shape() {
        return channels() + "×" + height() + "×" + width();
    }

    /** Image {@code index} as a fresh array of C·H·W unsigned bytes. */
    default byte[] read(int index) {
        byte[] image = new byte[imageBytes()];
        read(index, image, 0);
        return image;
    }
}
