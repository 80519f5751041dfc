package io.gan4j.training;

import io.gan4j.data.image.Prefetcher;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.networks.ImageShape;
import org.bytedeco.pytorch.Tensor;

/**
 * Batches of real images as tensors (B, C, H, W) in [−1, 1]: batch k of the run's seeded
 * {@link ShuffledBatches}, prepared ahead on a background thread ({@link Prefetcher}). The position
 * is the batch number, so {@link #seek} after a resume restarts the prefetching at the batch the
 * interrupted run would have drawn next.
 */
public final class ImageBatches implements BatchSource {

    private final ShuffledBatches batches;
    private final ImageShape shape;
    private final int depth;
    private Prefetcher<float[]> prefetcher;
    private long position;

    /** @param depth batches prepared ahead */
    public ImageBatches(ShuffledBatches batches, ImageShape shape, int depth) {
        this.batches = batches;
        this.shape = shape;
        this.depth = depth;
    }

    @Override
    public Tensor get() {
        if (prefetcher == null) {
            prefetcher = new Prefetcher<>(batches::batch, position, depth);
        }
        float[] images = prefetcher.next();
        position++;
        return Tensor.create(images, shape.batch(batches.batchSize()));
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void seek(long position) {
        close();
        this.position = position;
    }

    @Override
    public void close() {
        if (prefetcher != null) {
            prefetcher.close();
            prefetcher = null;
        }
    }
}
