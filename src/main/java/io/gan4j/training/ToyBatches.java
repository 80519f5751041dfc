package io.gan4j.training;

import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.distributed.Shard;
import io.gan4j.torch.Tensors;
import java.util.random.RandomGenerator;
import org.bytedeco.pytorch.Tensor;

/**
 * Fresh batches from a toy distribution, drawn from the run's data stream: shape (batchSize, 2).
 * The stream's state is part of a checkpoint's random streams, so {@link #seek} only sets the count.
 * A data-parallel worker draws the whole global batch, as every rank does from the same stream, and
 * keeps its {@link Shard} of it (a distribution has no dataset to split).
 */
public final class ToyBatches implements BatchSource {

    private final ToyDistribution distribution;
    private final RandomGenerator rng;
    private final int batchSize;
    private final Shard shard;
    private long position;

    public ToyBatches(ToyDistribution distribution, RandomGenerator rng, int batchSize) {
        this(distribution, rng, batchSize, Shard.WHOLE);
    }

    /** This rank's {@code shard} of global batches of {@code batchSize}. */
    public ToyBatches(ToyDistribution distribution, RandomGenerator rng, int batchSize, Shard shard) {
        this.distribution = distribution;
        this.rng = rng;
        this.batchSize = batchSize;
        this.shard = shard;
        shard.rows(batchSize);
    }

    @Override
    public Tensor get() {
        position++;
        return shard.take(Tensors.matrix(distribution.sampleFlat(batchSize, rng), batchSize, 2));
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void seek(long position) {
        this.position = position;
    }
}
