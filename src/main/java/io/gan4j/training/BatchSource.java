package io.gan4j.training;

import java.util.function.Supplier;
import org.bytedeco.pytorch.Tensor;

/**
 * The real samples a discriminator step sees: a new batch on each {@link #get()}, shape
 * (batchSize, …), with a position that a checkpoint records so a resumed run sees the same batches.
 */
public interface BatchSource extends Supplier<Tensor>, AutoCloseable {

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
    default void close() {
    }
}
