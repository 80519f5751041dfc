package io.gan4j.distributed;

import org.bytedeco.javacpp.chrono.Milliseconds;
import org.bytedeco.pytorch.Backend;
import org.bytedeco.pytorch.BroadcastOptions;
import org.bytedeco.pytorch.GlooDeviceVector;
import org.bytedeco.pytorch.ProcessGroupGloo;
import org.bytedeco.pytorch.TCPStore;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/**
 * One worker's c10d process group (Gloo on the CPU, NCCL on CUDA), joined through the run's
 * {@link Rendezvous} store, with the time and bytes its operations took. A failed operation (a
 * rank that died or passed the timeout) becomes a {@link PeerFailure} naming the ranks that fell
 * behind, read from the store's heartbeats. Build it outside any {@code PointerScope}.
 */
public final class Collective {

    private final World world;
    private final TCPStore store;
    private final Backend backend;
    private long operations;
    private long bytes;
    private long nanos;
    private boolean storeLost;

    private Collective(World world, TCPStore store, Backend backend) {
        this.world = world;
        this.store = store;
        this.backend = backend;
    }

    /**
     * Joins the process group of {@code world}: waits up to its timeout for every rank.
     *
     * @throws PeerFailure if the store or a rank does not answer in time
     * @throws IllegalStateException for NCCL on a libtorch built without it
     */
    public static Collective join(World world) {
        TCPStore store = Rendezvous.connect(world.masterHost(), world.masterPort(), world.size(), world.timeout());
        Milliseconds timeout = new Milliseconds(world.timeout().toMillis());
        Backend backend;
        try {
            if (world.backend().equals(World.NCCL)) {
                backend = nccl(store, world, timeout);
            } else {
                ProcessGroupGloo.Options options = ProcessGroupGloo.Options.create(timeout);
                options.devices(new GlooDeviceVector(ProcessGroupGloo.createDeviceForHostname(glooHost(world))));
                backend = new ProcessGroupGloo(store, world.rank(), world.size(), options);
            }
        } catch (RuntimeException e) {
            throw new PeerFailure(
                    "rank " + world.rank() + " could not form the " + world.backend() + " process group of "
                            + world.size() + " within " + world.timeout().toSeconds() + " s: " + e.getMessage(),
                    e);
        }
        return new Collective(world, store, backend);
    }

    private static Backend nccl(TCPStore store, World world, Milliseconds timeout) {
        try {
            org.bytedeco.pytorch.nccl.ProcessGroupNCCL.Options options =
                    new org.bytedeco.pytorch.nccl.ProcessGroupNCCL.Options();
            options.timeout(timeout);
            return new org.bytedeco.pytorch.nccl.ProcessGroupNCCL(store, world.rank(), world.size(), options);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "this libtorch has no NCCL (a CPU build of the presets); train on the CPU with "
                            + "backend gloo, or use the GPU build (-Djavacpp.platform.extension=-gpu)",
                    e);
        }
    }

    /** The address Gloo binds on this machine: loopback when the run stays on it, else the host's name. */
    private static String glooHost(World world) {
        String m = world.masterHost();
        boolean local = m.equals("127.0.0.1") || m.equals("localhost");
        if (local) {
            return "127.0.0.1";
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "127.0.0.1";
        }
    }

    public World world() {
        return world;
    }

    /** Sums {@code t} over the ranks, in place; every rank gets the same bits. */
    public void allReduceSum(Tensor t) {
        long t0 = System.nanoTime();
        try {
            backend.allreduce(new TensorVector(t))._wait();
        } catch (RuntimeException e) {
            throw failure("all-reduce", e);
        }
        count(t, t0);
    }

    /** Replaces {@code t} with rank {@code root}'s, in place. */
    public void broadcast(Tensor t, int root) {
        long t0 = System.nanoTime();
        BroadcastOptions options = new BroadcastOptions();
        options.rootRank(root);
        try {
            backend.broadcast(new TensorVector(t), options)._wait();
        } catch (RuntimeException e) {
            throw failure("broadcast", e);
        }
        count(t, t0);
    }

    /**
     * Posts this rank's finished generator step to the store (see {@link Rendezvous#heartbeat}), as
     * long as the store answers: the heartbeats only serve failure messages, so a store that has gone
     * (its launcher killed) ends them and not the training, which then stops at a step boundary with
     * a checkpoint as the workers see their launcher gone.
     */
    public void heartbeat(int step) {
        if (storeLost) {
            return;
        }
        try {
            Rendezvous.heartbeat(store, world.rank(), step);
        } catch (RuntimeException e) {
            storeLost = true;
        }
    }

    private void count(Tensor t, long t0) {
        nanos += System.nanoTime() - t0;
        operations++;
        bytes += t.numel() * t.element_size();
    }

    private PeerFailure failure(String what, RuntimeException e) {
        String behind = "";
        try {
            behind = Rendezvous.laggards(Rendezvous.steps(store, world.size()));
        } catch (RuntimeException storeGone) {
            behind = "the rendezvous store does not answer either";
        }
        return new PeerFailure(
                "rank " + world.rank() + ": the " + what + " with the other ranks failed"
                        + (behind.isEmpty() ? "" : "; behind: " + behind) + " (" + e.getMessage() + ")",
                e);
    }

    /**
     * What this rank's operations took over a stretch of the run.
     *
     * @param operations collective operations
     * @param bytes bytes this rank contributed to them
     * @param seconds time spent waiting in them
     */
    public record Counts(long operations, long bytes, double seconds) {

        /** The operations between {@code earlier} and this. */
        public Counts since(Counts earlier) {
            return new Counts(operations - earlier.operations, bytes - earlier.bytes, seconds - earlier.seconds);
        }
    }

    /** The counts so far, from joining. */
    public Counts counts() {
        return new Counts(operations, bytes, seconds());
    }

    /** Operations done so far. */
    public long operations() {
        return operations;
    }

    /** Bytes this rank contributed to its operations so far. */
    public long bytes() {
        return bytes;
    }

    /** Seconds spent waiting in operations so far. */
    public double seconds() {
        return nanos / 1e9;
    }
}
