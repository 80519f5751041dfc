package io.gan4j.distributed;

import io.gan4j.step.BatchRows;
import io.gan4j.training.Replicas;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;

/**
 * What a training step does to be data-parallel: rank 0's parameters and buffers broadcast once at
 * the start, and after each backward the stepped network's gradients averaged over the ranks, the
 * gradients flattened into buckets of at most {@link #BUCKET_BYTES} (PyTorch DDP's default 25 MB)
 * and each bucket all-reduced as one message. With identical starting weights and identical
 * averaged gradients, every rank's optimiser makes the same step, so the weights (and spectral
 * norm's power-iteration vectors, which follow the weights) stay bit-identical on all ranks.
 *
 * <p>This is c10d's {@code Reducer} done after the backward rather than overlapped with it: the
 * Reducer's overlap needs autograd hooks on every parameter and DDP's forward wrapper, and it does
 * not support the double backward of the gradient penalty; on a CPU the overlap would share the
 * same cores anyway.
 */
public final class DataParallel implements Replicas {

    /** The size of a gradient bucket: 25 MB, DDP's {@code bucket_cap_mb}. */
    public static final long BUCKET_BYTES = 25L << 20;

    private final Collective collective;
    private final Shard shard;
    private Collective.Counts atStart;

    public DataParallel(Collective collective) {
        this.collective = collective;
        this.shard = collective.world().shard();
    }

    @Override
    public BatchRows batchRows() {
        return shard;
    }

    @Override
    public void trainingStarts() {
        atStart = collective.counts();
    }

    /** The processes, the backend, and what the training loop's collectives took. */
    @Override
    public Replicas.Cost figures(double seconds, int steps) {
        Collective.Counts c = collective.counts().since(atStart == null ? new Collective.Counts(0, 0, 0) : atStart);
        int part = Math.max(1, steps);
        return new Replicas.Cost(
                shard.size(),
                collective.world().backend(),
                c.seconds(),
                c.seconds() / seconds,
                (double) c.operations() / part,
                (double) c.bytes() / part);
    }

    /** Replaces every rank's parameters and buffers of {@code module} by rank 0's. */
    @Override
    public void shareWeights(Module module) {
        try (NoGradGuard guard = new NoGradGuard()) {
            for (TensorVector v : new TensorVector[] {module.parameters(), module.buffers()}) {
                for (long i = 0; i < v.size(); i++) {
                    collective.broadcast(v.get(i), 0);
                }
            }
        }
    }

    /**
     * Averages the gradients of {@code module}'s parameters over the ranks, in place; parameters
     * without a gradient are left out (the same on every rank, as the graphs are the same).
     */
    public void averageGradients(Module module) {
        if (shard.size() == 1) {
            return;
        }
        TensorVector ps = module.parameters();
        List<Tensor> bucket = new ArrayList<>();
        long bucketBytes = 0;
        for (long i = 0; i < ps.size(); i++) {
            Tensor g = ps.get(i).grad();
            if (!g.defined()) {
                continue;
            }
            long b = g.numel() * g.element_size();
            if (!bucket.isEmpty() && bucketBytes + b > BUCKET_BYTES) {
                reduce(bucket);
                bucket.clear();
                bucketBytes = 0;
            }
            bucket.add(g);
            bucketBytes += b;
        }
        if (!bucket.isEmpty()) {
            reduce(bucket);
        }
    }

    private void reduce(List<Tensor> grads) {
        TensorVector flat = new TensorVector();
        for (Tensor g : grads) {
            flat.push_back(g.reshape(-1));
        }
        Tensor bucket = torch.cat(flat);
        collective.allReduceSum(bucket);
        bucket.div_(new org.bytedeco.pytorch.Scalar((double) shard.size()));
        long at = 0;
        for (Tensor g : grads) {
            long n = g.numel();
            g.copy_(bucket.narrow(0, at, n).view_as(g));
            at += n;
        }
    }

    @Override
    public int workers() {
        return shard.size();
    }

    /**
     * Averages {@code net}'s gradients over the ranks; a rank whose loss is not finite first sets
     * its first gradient to NaN, so that every rank sees the same non-finite average and skips the
     * same update.
     */
    @Override
    public void synchronise(Module net, boolean lossFinite) {
        if (!lossFinite) {
            poison(net);
        }
        averageGradients(net);
    }

    private static void poison(Module module) {
        TensorVector ps = module.parameters();
        for (long i = 0; i < ps.size(); i++) {
            Tensor g = ps.get(i).grad();
            if (g.defined()) {
                g.fill_(new org.bytedeco.pytorch.Scalar(Double.NaN));
                return;
            }
        }
    }

    /** Whether any rank asks to stop: every rank gets the same answer, so all stop at the same step. */
    @Override
    public boolean stopNow(boolean requested) {
        try (PointerScope scope = new PointerScope()) {
            Tensor flag = torch.full(new long[] {1}, new org.bytedeco.pytorch.Scalar(requested ? 1.0 : 0.0));
            collective.allReduceSum(flag);
            return flag.item_double() > 0;
        }
    }

    /** Posts this rank's finished step (see {@link Rendezvous#heartbeat}). */
    @Override
    public void stepDone(int step) {
        collective.heartbeat(step);
    }
}
