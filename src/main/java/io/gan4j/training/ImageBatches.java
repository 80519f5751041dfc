package io.gan4j.training;

import io.gan4j.data.image.Batch;
import io.gan4j.data.image.Prefetcher;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.networks.ImageShape;
import io.gan4j.step.BatchRows;
import org.bytedeco.pytorch.Tensor;

/**
 * Batches of real images as tensors (B, C, H, W) in [−1, 1], with their labels when asked
 * ({@link #nextLabelled}): batch k of the run's seeded
 * {@link ShuffledBatches}, prepared ahead on a background thread ({@link Prefetcher}). The position
 * is the batch number, so {@link #seek} after a resume restarts the prefetching at the batch the
 * interrupted run would have drawn next.
 *
 * <p>A data-parallel process reads only its {@link BatchRows} of each global batch: the processes' images
 * are disjoint and together are the batch one process would read, and the position counts global
 * batches, so a checkpoint continues with any number of processes.
 */
public final class ImageBatches implements BatchSource {

    private final ShuffledBatches batches;
    private final ImageShape shape;
    private final int depth;
    private final BatchRows mine;
    private Prefetcher<Batch> prefetcher;
    private long position;

    /** @param depth batches prepared ahead */
    public ImageBatches(ShuffledBatches batches, ImageShape shape, int depth) {
        this(batches, shape, depth, BatchRows.ALL);
    }

    /** This process's rows ({@code mine}) of each of {@code batches}' global batches. */
    public ImageBatches(ShuffledBatches batches, ImageShape shape, int depth, BatchRows mine) {
        this.batches = batches;
        this.shape = shape;
        this.depth = depth;
        this.mine = mine;
        mine.rows(batches.batchSize());
    }

    @Override
    public Tensor get() {
        return Tensor.create(next().images(), shape.batch(mine.rows(batches.batchSize())));
    }

    /**
     * The next batch and its labels, int64.
     *
     * @throws IllegalStateException if an image has no label (-1)
     */
    @Override
    public Labelled nextLabelled() {
        Batch b = next();
        long[] labels = new long[b.labels().length];
        for (int i = 0; i < labels.length; i++) {
            if (b.labels()[i] < 0) {
                throw new IllegalStateException(
                        batches.source().description() + ": image " + mine.take(batches.indices(b.index()))[i]
                                + " has no label, which a class-conditional run needs");
            }
            labels[i] = b.labels()[i];
        }
        return new Labelled(
                Tensor.create(b.images(), shape.batch(mine.rows(batches.batchSize()))), Tensor.create(labels));
    }

    private Batch next() {
        if (prefetcher == null) {
            prefetcher = new Prefetcher<>(k -> batches.at(k, mine), position, depth);
        }
        Batch b = prefetcher.next();
        position++;
        return b;
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
