package io.gan4j.data.image;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Several sources of the same shape, one after the other: image {@code i} of the whole is image
 * {@code i − start(k)} of part {@code k}. Labels pass through unchanged (an unlabelled part gives
 * -1), and {@link #classes()} is the largest of the parts' (STL-10's {@code train+unlabeled}: the
 * 5,000 labelled images, 10 classes, then 100,000 at -1).
 */
public final class ConcatenatedImages implements ImageSource {

    private final List<ImageSource> parts;
    private final int[] starts;
    private final int size;
    private final int classes;
    private final String description;

    private ConcatenatedImages(List<ImageSource> parts, String description) {
        this.parts = List.copyOf(parts);
        this.description = Objects.requireNonNull(description, "description");
        this.starts = new int[parts.size()];
        long total = 0;
        int most = 0;
        ImageSource first = parts.get(0);
        for (int k = 0; k < parts.size(); k++) {
            ImageSource part = parts.get(k);
            if (part.channels() != first.channels()
                    || part.height() != first.height()
                    || part.width() != first.width()) {
                throw new IllegalArgumentException("cannot concatenate " + first.description() + " and "
                        + part.description() + ": the shapes differ");
            }
            starts[k] = (int) total;
            total += part.size();
            most = Math.max(most, part.classes());
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "cannot concatenate more than " + Integer.MAX_VALUE + " images, found " + total);
        }
        this.size = (int) total;
        this.classes = most;
    }

    /**
     * The parts one after the other.
     *
     * @param description the line {@link #description()} returns
     * @param parts       at least one source, all of the same shape
     * @throws IllegalArgumentException if the shapes differ
     */
    public static ConcatenatedImages of(String description, List<? extends ImageSource> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        return new ConcatenatedImages(List.copyOf(parts), description);
    }

    /** The part holding image {@code index}. */
    private int part(int index) {
        Objects.checkIndex(index, size);
        int k = Arrays.binarySearch(starts, index);
        if (k >= 0) {
            while (k + 1 < starts.length && starts[k + 1] == index) {
                k++; // skip empty parts
            }
            return k;
        }
        return -k - 2;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int channels() {
        return parts.get(0).channels();
    }

    @Override
    public int height() {
        return parts.get(0).height();
    }

    @Override
    public int width() {
        return parts.get(0).width();
    }

    @Override
    public void read(int index, byte[] dst, int offset) {
        int k = part(index);
        parts.get(k).read(index - starts[k], dst, offset);
    }

    @Override
    public int label(int index) {
        int k = part(index);
        return parts.get(k).label(index - starts[k]);
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
