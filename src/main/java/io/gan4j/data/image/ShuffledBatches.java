package io.gan4j.data.image;

import io.gan4j.step.BatchRows;
import java.util.Objects;

/**
 * The batches of a run, stateless in the batch number, so a resumed run asks for batch k again
 * and gets the same images.
 *
 * <p>The run visits the infinite sequence {@code perm(0) ++ perm(1) ++ perm(2) ++ …}, each
 * {@code perm(e)} the {@link EpochOrder} of epoch e under the seed. Batch {@code k} is positions
 * {@code k·B .. k·B + B − 1} of that sequence: nothing is dropped, and a batch at the end of an
 * epoch straddles into the next (its first images from epoch e, the rest from e + 1). Pixels
 * become floats as {@code x/127.5 − 1}: byte 0 is −1, byte 255 is exactly 1.
 *
 * <p>Safe to use from several threads (the cached permutation is immutable and swapped whole).
 */
public final class ShuffledBatches {

    private static final float[] SCALED = new float[256];

    static {
        for (int x = 0; x < 256; x++) {
            SCALED[x] = (float) (x / 127.5 - 1);
        }
    }

    private record Epoch(long number, int[] order) {}

    private final ImageSource source;
    private final int batchSize;
    private final EpochOrder order;
    private volatile Epoch cached;

    /**
     * Batches of {@code batchSize} images of {@code source}, in the order drawn from {@code seed}.
     *
     * @throws IllegalArgumentException if the source is empty or {@code batchSize < 1}
     */
    public ShuffledBatches(ImageSource source, int batchSize, long seed) {
        this.source = Objects.requireNonNull(source, "source");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, found " + batchSize);
        }
        if (source.size() < 1) {
            throw new IllegalArgumentException(source.description() + ": no images to batch");
        }
        this.batchSize = batchSize;
        this.order = new EpochOrder(seed, source.size());
    }

    /** Images per batch, B. */
    public int batchSize() {
        return batchSize;
    }

    /** The source the images come from. */
    public ImageSource source() {
        return source;
    }

    /** The source indices of batch {@code k}'s B images, in order. */
    public int[] indices(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("batch number must be at least 0, found " + k);
        }
        int n = source.size();
        int[] indices = new int[batchSize];
        for (int j = 0; j < batchSize; j++) {
            long position = k * batchSize + j;
            indices[j] = epoch(position / n)[(int) (position % n)];
        }
        return indices;
    }

    /** Batch {@code k}'s images: B·C·H·W floats in [−1, 1]. */
    public float[] batch(long k) {
        return images(indices(k));
    }

    /** Batch {@code k}'s labels: B values, -1 where unlabelled. */
    public int[] labels(long k) {
        return labels(indices(k));
    }

    /** Batch {@code k}'s images and labels together (one look-up of the indices). */
    public Batch at(long k) {
        int[] indices = indices(k);
        return new Batch(k, images(indices), labels(indices));
    }

    /**
     * This process's {@code rows} of batch {@code k}: their images and labels (the whole batch with
     * {@link BatchRows#ALL}).
     */
    public Batch at(long k, BatchRows rows) {
        int[] indices = rows.take(indices(k));
        return new Batch(k, images(indices), labels(indices));
    }

    /** The source's images at {@code indices}, in that order: indices.length·C·H·W floats in [−1, 1]. */
    public float[] images(int[] indices) {
        int imageBytes = source.imageBytes();
        byte[] image = new byte[imageBytes];
        float[] floats = new float[indices.length * imageBytes];
        for (int j = 0; j < indices.length; j++) {
            source.read(indices[j], image, 0);
            int at = j * imageBytes;
            for (int p = 0; p < imageBytes; p++) {
                floats[at + p] = SCALED[image[p] & 0xff];
            }
        }
        return floats;
    }

    private int[] labels(int[] indices) {
        int[] labels = new int[indices.length];
        for (int j = 0; j < indices.length; j++) {
            labels[j] = source.label(indices[j]);
        }
        return labels;
    }

    private int[] epoch(long number) {
        Epoch last = cached;
        if (last == null || last.number() != number) {
            last = new Epoch(number, order.permutation(number));
            cached = last;
        }
        return last.order();
    }
}
