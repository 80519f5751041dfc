package io.gan4j.step;

import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * How a training step shares its batch and its gradients with other workers (data parallelism); in
 * one process, {@link #NONE}: the whole batch, and the gradients as they are.
 */
public interface GradientSynchroniser {

    /** One process: every row of a batch is this process's, and its gradients are left as they are. */
    GradientSynchroniser NONE = new GradientSynchroniser() {
        @Override
        public int workers() {
            return 1;
        }

        @Override
        public Tensor rows(Tensor global) {
            return global;
        }

        @Override
        public void synchronise(Module net, boolean lossFinite) {}
    };

    /** The number of workers whose batches make up one global batch. */
    int workers();

    /** This worker's rows of a batch drawn alike by every worker, for all of them. */
    Tensor rows(Tensor global);

    /**
     * Makes {@code net}'s gradients the average over the workers. A worker whose loss is not finite
     * ({@code lossFinite} false) spoils its gradients first, so all workers reach the same verdict.
     */
    void synchronise(Module net, boolean lossFinite);
}
