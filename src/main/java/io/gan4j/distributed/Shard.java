package io.gan4j.distributed;

import io.gan4j.step.BatchRows;
import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * Rank r's share of a global batch of B rows among W ranks: rows r, r + W, r + 2W, …, B/W of them,
 * the rule of PyTorch's {@code DistributedSampler} ({@code indices[rank::world_size]}) applied to
 * each global batch. The ranks' shards are disjoint and together are the global batch, so the mean
 * of the ranks' mean losses is the loss of one process on the whole batch.
 *
 * @param rank r, 0 ≤ r &lt; W
 * @param size W ≥ 1
 */
public record Shard(int rank, int size) implements BatchRows {

    public Shard {
        if (size < 1 || rank < 0 || rank >= size) {
            throw new IllegalArgumentException("rank " + rank + " of " + size + " processes");
        }
    }

    /** Rows of a global batch of {@code global} rows that this rank takes. */
    @Override
    public int rows(int global) {
        check(global);
        return global / size;
    }

    /** This rank's rows of {@code global} (dimension 0); the tensor itself with one process. */
    @Override
    public Tensor take(Tensor global) {
        if (size == 1) {
            return global;
        }
        check(global.size(0));
        return global.slice(0, new LongOptional(rank), new LongOptional(global.size(0)), size)
                .contiguous();
    }

    /** This rank's entries of {@code global}. */
    @Override
    public int[] take(int[] global) {
        check(global.length);
        int[] mine = new int[global.length / size];
        for (int j = 0; j < mine.length; j++) {
            mine[j] = global[rank + j * size];
        }
        return mine;
    }

    private void check(long global) {
        if (global % size != 0) {
            throw new IllegalArgumentException(
                    "a batch of " + global + " does not split evenly over " + size + " processes");
        }
    }
}
