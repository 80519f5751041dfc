package io.gan4j.data.image;

import java.util.Objects;

/**
 * A view of a source whose images are resized on read to {@code height × width}: area averaging
 * along an axis that shrinks (STL-10 96→48 is the exact mean of each 2×2 block), bilinear with
 * PyTorch's {@code align_corners=False} along an axis that enlarges (MNIST 28→32), the result
 * rounded half up. {@link Resampling} states the rule exactly. Labels pass through.
 */
public final class Resized implements ImageSource {

    private final ImageSource source;
    private final Resampling.Axis rows;
    private final Resampling.Axis columns;

    private Resized(ImageSource source, int height, int width) {
        this.source = source;
        this.rows = Resampling.axis(source.height(), height);
        this.columns = Resampling.axis(source.width(), width);
    }

    /**
     * {@code source} with its images resized to {@code height × width}.
     *
     * @return {@code source} itself if it already has that size
     * @throws IllegalArgumentException if a size is below 1
     */
    public static ImageSource of(ImageSource source, int height, int width) {
        Objects.requireNonNull(source, "source");
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image size must be at least 1×1, found " + height + "×" + width);
        }
        if (height == source.height() && width == source.width()) {
            return source;
        }
        return new Resized(source, height, width);
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public int channels() {
        return source.channels();
    }

    @Override
    public int height() {
        return rows.out();
    }

    @Override
    public int width() {
        return columns.out();
    }

    @Override
    public void read(int index, byte[] dst, int offset) {
        Objects.checkFromIndexSize(offset, imageBytes(), dst.length);
        byte[] original = source.read(index);
        Resampling.resize(original, 0, dst, offset, channels(), rows, columns);
    }

    @Override
    public int label(int index) {
        return source.label(index);
    }

    @Override
    public int classes() {
        return source.classes();
    }

    @Override
    public String description() {
        return source.description() + ", resized to " + shape();
    }
}
