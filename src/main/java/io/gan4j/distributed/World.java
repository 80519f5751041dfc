package io.gan4j.distributed;

import io.gan4j.Refused;
import java.time.Duration;
import java.util.Map;

/**
 * Where one worker process stands in a data-parallel run: its global rank among all workers, its
 * local rank on its machine, the rendezvous address, the backend and the timeout. The launcher hands
 * these to each worker in environment variables ({@link #RANK} …), as {@code torchrun} does with
 * {@code RANK}, {@code WORLD_SIZE} and {@code MASTER_ADDR}; any other launcher (a batch scheduler)
 * may set them instead.
 *
 * @param rank the global rank, 0 ≤ rank &lt; size; rank 0 alone writes the run directory
 * @param size the number of workers in the run, W
 * @param localRank the rank on this machine (the CUDA device with NCCL)
 * @param masterHost the rendezvous store's host
 * @param masterPort the rendezvous store's port
 * @param backend {@code gloo} or {@code nccl}
 * @param timeout how long a collective (or the rendezvous) may wait for the other ranks
 */
public record World(
        int rank, int size, int localRank, String masterHost, int masterPort, String backend, Duration timeout) {

    public static final String RANK = "GAN4J_RANK";
    public static final String WORLD_SIZE = "GAN4J_WORLD_SIZE";
    public static final String LOCAL_RANK = "GAN4J_LOCAL_RANK";
    public static final String MASTER_ADDR = "GAN4J_MASTER_ADDR";
    public static final String MASTER_PORT = "GAN4J_MASTER_PORT";
    public static final String BACKEND = "GAN4J_BACKEND";
    public static final String TIMEOUT = "GAN4J_TIMEOUT_SECONDS";
    /** Set by {@link Launcher}: the worker ends (with a checkpoint) when this process does. */
    public static final String LAUNCHER_PID = "GAN4J_LAUNCHER_PID";

    public static final String GLOO = "gloo";
    public static final String NCCL = "nccl";

    public World {
        if (!isRank(rank, size)) {
            throw new IllegalArgumentException("rank " + rank + " of a world of " + size);
        }
        if (!isBackend(backend)) {
            throw new IllegalArgumentException("backend must be gloo or nccl, found " + backend);
        }
    }

    private static boolean isRank(int rank, int size) {
        return size >= 1 && rank >= 0 && rank < size;
    }

    private static boolean isBackend(String backend) {
        return backend.equals(GLOO) || backend.equals(NCCL);
    }

    /** This worker's shard of every batch. */
    public Shard shard() {
        return new Shard(rank, size);
    }

    /** The environment variables that make a worker this one. */
    public Map<String, String> environment() {
        return Map.of(
                RANK,
                String.valueOf(rank),
                WORLD_SIZE,
                String.valueOf(size),
                LOCAL_RANK,
                String.valueOf(localRank),
                MASTER_ADDR,
                masterHost,
                MASTER_PORT,
                String.valueOf(masterPort),
                BACKEND,
                backend,
                TIMEOUT,
                String.valueOf(timeout.toSeconds()));
    }

    /**
     * The world an environment describes, or {@code null} when it has no {@link #RANK} (a plain,
     * single-process run).
     *
     * @throws Refused naming the variable that is missing or malformed
     */
    public static World fromEnvironment(Map<String, String> env) {
        if (!env.containsKey(RANK)) {
            return null;
        }
        int rank = number(env, RANK);
        int size = number(env, WORLD_SIZE);
        String backend = env.getOrDefault(BACKEND, GLOO);
        if (!isRank(rank, size)) {
            throw new Refused(RANK + " " + rank + " is not a rank of a world of " + WORLD_SIZE + " " + size);
        }
        if (!isBackend(backend)) {
            throw new Refused(BACKEND + " must be gloo or nccl, found '" + backend + "'");
        }
        return new World(
                rank,
                size,
                number(env, LOCAL_RANK),
                required(env, MASTER_ADDR),
                number(env, MASTER_PORT),
                backend,
                Duration.ofSeconds(number(env, TIMEOUT)));
    }

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new Refused("a gan4j worker needs the environment variable " + name + " (set with " + RANK + ")");
        }
        return v;
    }

    private static int number(Map<String, String> env, String name) {
        String v = required(env, name);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new Refused("environment variable " + name + " must be an integer, found '" + v + "'");
        }
    }
}
