package io.gan4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every training command shares. */
public final class RunOptions {

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override a config key, e.g. --set train.steps=2000 (repeatable; the value is YAML).")
    List<String> overrides = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The run directory (must be new or empty). Default: runs/<name>-<timestamp>.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "The run's seed (same as --set seed=N).")
    Long seed;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "Compute threads (default: the free cores), split as measured best: MLPs 1 intra-op + N BLAS, "
                            + "convolutional networks N intra-op + 1 BLAS. With --nproc: each worker's (default: "
                            + "the cores ÷ --nproc).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** The overrides with --seed and --threads folded in, in that order. */
    List<String> allOverrides() {
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) {
            all.add("seed=" + seed);
        }
        if (threads != null) {
            all.add(threadsOverride(threads));
        }
        return all;
    }

    /** {@code --threads N} as a config override ({@code threads.total}); N must be at least 1. */
    static String threadsOverride(int threads) {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, found " + threads);
        }
        return "threads={intra_op: 0, blas: 0, total: " + threads + "}";
    }
}
