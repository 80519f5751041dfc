package io.gan4j.training;

import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.step.BatchRows;
import io.gan4j.torch.Tensors;
import java.util.random.RandomGenerator;
import org.bytedeco.pytorch.Tensor;

/**
 * Fresh batches from a toy distribution, drawn from the run's data stream: shape (batchSize, 2).
 * The stream's state is part of a checkpoint's random streams, so {@link #seek} only sets the count.
 * A data-parallel process draws the whole global batch, as every process does from the same stream,
 * and keeps its {@link BatchRows} of it (a distribution has no dataset to split).
 */
public final class ToyBatches implements BatchSource {

    private final ToyDistribution distribution;
    private final RandomGenerator rng;
    private final int batchSize;
    private final BatchRows mine;
    private long position;

    public ToyBatches(ToyDistribution distribution, RandomGenerator rng, int batchSize) {
        this(distribution, rng, batchSize, BatchRows.ALL);
    }

    /** This process's rows ({@code mine}) of global batches of {@code batchSize}. */
    public ToyBatches(ToyDistribution distribution, RandomGenerator rng, int batchSize, BatchRows mine) {
        this.distribution = distribution;
        this.rng = rng;
        this.batchSize = batchSize;
        this.mine = mine;
        mine.rows(batchSize);
    }

    @Override
    public Tensor get() {
        position++;
        return mine.take(Tensors.matrix(distribution.sampleFlat(batchSize, rng), batchSize, 2));
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
