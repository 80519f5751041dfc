package io.gan4j.data.image;

import java.util.Objects;

/**
 * Images held on the Java heap: one {@code byte[]} of N·C·H·W unsigned bytes (image after image,
 * each C×H×W row-major) and, optionally, one label per image.
 */
public final class InMemoryImages implements ImageSource {

    private final byte[] pixels;
    private final int[] labels;
    private final int channels;
    private final int height;
    private final int width;
    private final int classes;
    private final String description;

    /**
     * Wraps {@code pixels} (not copied: the caller must not change it afterwards).
     *
     * @param pixels      N·C·H·W bytes
     * @param labels      N labels in {@code [0, classes)} (or -1 for an unlabelled image), or
     *                    {@code null} if the whole source is unlabelled
     * @param channels    1 or 3
     * @param classes     the number of classes, 0 if {@code labels} is {@code null}
     * @param description the line {@link #description()} returns
     * @throws IllegalArgumentException if the sizes disagree or a label is out of range
     */
    public InMemoryImages(
            byte[] pixels, int[] labels, int channels, int height, int width, int classes, String description) {
        this.pixels = Objects.requireNonNull(pixels, "pixels");
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.description = Objects.requireNonNull(description, "description");
        checkShape(channels, height, width);
        int imageBytes = channels * height * width;
        if (pixels.length % imageBytes != 0) {
            throw new IllegalArgumentException("pixels: " + pixels.length
                    + " bytes is not a whole number of " + channels + "×" + height + "×" + width
                    + " images (" + imageBytes + " bytes each)");
        }
        int size = pixels.length / imageBytes;
        this.labels = labels == null ? null : labels.clone();
        this.classes = labels == null ? 0 : classes;
        if (labels != null) {
            checkLabels(this.labels, size, classes);
        }
    }

    /** Rejects a shape that is not 1 or 3 channels of a positive height and width. */
    static void checkShape(int channels, int height, int width) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, found " + channels);
        }
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("height and width must be at least 1, found " + height + "×" + width);
        }
    }

    /** Rejects labels of the wrong count or outside {@code [-1, classes)}. */
    static void checkLabels(int[] labels, int size, int classes) {
        if (labels.length != size) {
            throw new IllegalArgumentException(size + " images but " + labels.length + " labels");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < -1 || labels[i] >= classes) {
                throw new IllegalArgumentException(
                        "label " + i + " is " + labels[i] + ", expected -1 or 0.." + (classes - 1));
            }
        }
    }

    @Override
    public int size() {
        return pixels.length / imageBytes();
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void read(int index, byte[] dst, int offset) {
        Objects.checkIndex(index, size());
        int n = imageBytes();
        System.arraycopy(pixels, index * n, dst, offset, n);
    }

    @Override
    public int label(int index) {
        Objects.checkIndex(index, size());
        return labels == null ? -1 : labels[index];
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public String description() {
        return description;
    }
}
