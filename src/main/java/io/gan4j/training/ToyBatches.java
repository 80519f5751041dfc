package io.gan4j.training;

import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.torch.Tensors;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.bytedeco.pytorch.Tensor;

/** Fresh batches from a toy distribution, drawn from the run's data stream: shape (batchSize, 2). */
public final class ToyBatches implements Supplier<Tensor> {

    private final ToyDistribution distribution;
    private final RandomGenerator rng;
    private final int batchSize;

    public ToyBatches(ToyDistribution distribution, RandomGenerator rng, int batchSize) {
        this.distribution = distribution;
        this.rng = rng;
        this.batchSize = batchSize;
    }

    @Override
    public Tensor get() {
        return Tensors.matrix(distribution.sampleFlat(batchSize, rng), batchSize, 2);
    }
}
