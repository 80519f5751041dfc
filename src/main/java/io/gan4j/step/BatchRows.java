package io.gan4j.step;

import org.bytedeco.pytorch.Tensor;

/**
 * Which rows of each global batch this process trains on: in one process, {@link #ALL}; with data
 * parallelism, its share, the shares of all processes being disjoint and together the batch.
 */
public interface BatchRows {

    /** One process: every row. */
    BatchRows ALL = new BatchRows() {
        @Override
        public int rows(int global) {
            return global;
        }

        @Override
        public Tensor take(Tensor global) {
            return global;
        }

        @Override
        public int[] take(int[] global) {
            return global;
        }
    };

    /** How many of a global batch of {@code global} rows this process takes. */
    int rows(int global);

    /** This process's rows of {@code global} (dimension 0). */
    Tensor take(Tensor global);

    /** This process's entries of {@code global}, e.g. the indices of a batch's images. */
    int[] take(int[] global);
}
