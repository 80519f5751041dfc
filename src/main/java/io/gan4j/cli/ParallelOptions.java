package io.gan4j.cli;

import picocli.CommandLine.Option;

/** {@code gan4j train}'s options for data-parallel training on several processes and machines. */
public final class ParallelOptions {

    @Option(
            names = "--nproc",
            paramLabel = "N",
            description = "Worker processes on this machine (data-parallel on c10d; "
                    + "data.batch_size is the global batch, split among all workers). Default: 1, no workers.")
    int nproc = 1;

    @Option(
            names = "--nnodes",
            paramLabel = "M",
            description = "Machines in the run, each started with the same command "
                    + "and its own --node-rank (default: 1).")
    int nnodes = 1;

    @Option(
            names = "--node-rank",
            paramLabel = "R",
            description = "This machine's number, 0 to M-1; machine 0 serves the "
                    + "rendezvous and its rank 0 writes the run directory (default: 0).")
    int nodeRank;

    @Option(
            names = "--master",
            paramLabel = "HOST:PORT",
            description = "Machine 0's address for the rendezvous "
                    + "(TCPStore); required with --nnodes > 1. Default on one machine: 127.0.0.1 and a free port.")
    String master;

    @Option(
            names = "--backend",
            paramLabel = "NAME",
            description = "c10d backend: auto (nccl on CUDA, else gloo), gloo or " + "nccl (default: auto).")
    String backend = "auto";

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "How long a worker waits for the others in a "
                    + "collective or the rendezvous before the run ends with an error naming the rank "
                    + "behind (default: 300).")
    int timeout = 300;

    /** Whether this invocation launches workers. */
    boolean launches() {
        return nproc != 1 || nnodes != 1 || master != null || nodeRank != 0;
    }
}
