package io.gan4j.training;

import io.gan4j.data.image.Prefetcher;
import io.gan4j.distributed.Shard;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.networks.ImageShape;
import org.bytedeco.pytorch.Tensor;

/**
 * Batches of real images as tensors (B, C, H, W) in [−1, 1]: batch k of the run's seeded
 * {@link ShuffledBatches}, prepared ahead on a background thread ({@link Prefetcher}). The position
 * is the batch number, so {@link #seek} after a resume restarts the prefetching at the batch the
 * interrupted run would have drawn next.
 *
 * <p>A data-parallel worker reads only its {@link Shard} of each global batch: the ranks' images
 * are disjoint and together are the batch one process would read, and the position counts global
 * batches, so a checkpoint continues with any number of processes.
 */
public final class ImageBatches implements BatchSource {

    private final ShuffledBatches batches;
    private final ImageShape shape;
    private final int depth;
    private final Shard shard;
    private Prefetcher<float[]> prefetcher;
    private long position;

    /** @param depth batches prepared ahead */
    public ImageBatches(ShuffledBatches batches, ImageShape shape, int depth) {
        this(batches, shape, depth, Shard.WHOLE);
    }

    /** This rank's {@code shard} of each of {@code batches}' global batches. */
    public ImageBatches(ShuffledBatches batches, ImageShape shape, int depth, Shard shard) {
        this.batches = batches;
        this.shape = shape;
        this.depth = depth;
        this.shard = shard;
        shard.rows(batches.batchSize());
    }

    @Override
    public Tensor get() {
        if (prefetcher == null) {
            prefetcher = new Prefetcher<>(k -> batches.images(shard.take(batches.indices(k))), position, depth);
        }
        float[] images = prefetcher.next();
        position++;
        return Tensor.create(images, shape.batch(shard.rows(batches.batchSize())));
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
