package io.gan4j.training;

import io.gan4j.step.BatchRows;
import io.gan4j.step.GradientSynchroniser;
import io.gan4j.step.StopPolicy;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * The processes that train one run together, as the run's steps see them once connected: which
 * rows of each batch this one takes, how the gradients are shared and when all stop. In one
 * process, {@link #ONE}.
 */
public interface Replicas extends GradientSynchroniser, StopPolicy {

    /** One process: the whole batch, its own gradients, stop when asked. */
    Replicas ONE = new Replicas() {
        @Override
        public BatchRows batchRows() {
            return BatchRows.ALL;
        }

        @Override
        public int workers() {
            return 1;
        }

        @Override
        public void synchronise(Module net, boolean lossFinite) {}

        @Override
        public boolean stopNow(boolean requested) {
            return requested;
        }
    };

    /** This process's rows of each global batch. */
    BatchRows batchRows();

    @Override
    default Tensor rows(Tensor global) {
        return batchRows().take(global);
    }

    /** Makes every process's weights and buffers of {@code module} those of the one that writes the run. */
    default void shareWeights(Module module) {}

    /** Marks the start of training, from which {@link #figures} counts (not the start-up's sharing of weights). */
    default void trainingStarts() {}

    /**
     * What the sharing cost since {@link #trainingStarts()}, for {@code summary.json}, in a training of
     * {@code seconds} over {@code steps} steps; {@code null} in one process.
     */
    default Cost figures(double seconds, int steps) {
        return null;
    }

    /**
     * What sharing a training cost: the processes and their backend, the seconds spent in collectives (and their
     * share of the training's), and the messages and bytes each step sent.
     */
    record Cost(
            int processes,
            String backend,
            double collectiveSeconds,
            double collectiveShare,
            double collectiveMessagesPerStep,
            double collectiveBytesPerStep) {}
}
