package io.gan4j.training;

import java.util.function.Supplier;
import org.bytedeco.pytorch.Tensor;

/**
 * The real samples a discriminator step sees: a new batch on each {@link #get()}, shape
 * (batchSize, …), with a position that a checkpoint records so a resumed run sees the same batches.
 */
public interface BatchSource extends Supplier<Tensor>, AutoCloseable {

    /**
     * A batch of samples with their class labels.
     *
     * @param samples shape (batchSize, …)
     * @param labels shape (batchSize), int64
     */
    record Labelled(Tensor samples, Tensor labels) {}

    /**
     * The next batch, as {@link #get()} gives it (and counted as one), with its labels: what a
     * class-conditional run's discriminator step takes.
     *
     * @throws UnsupportedOperationException for a source without labels (toy points)
     */
    default Labelled nextLabelled() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no labels");
    }

    /**
     * The next batch, with its labels when {@code withLabels} (a class-conditional run), else with {@code null}
     * labels.
     */
    default Labelled next(boolean withLabels) {
        return withLabels ? nextLabelled() : new Labelled(get(), null);
    }

    /** Batches handed out so far. */
    long position();

    /**
     * Continues from {@code position}, as if that many batches had been handed out. Sources whose
     * batches come from a random stream restore that stream with the checkpoint's other streams and
     * only set the count here.
     */
    void seek(long position);

    /** Stops any background work. */
    @Override
    default void close() {}
}
