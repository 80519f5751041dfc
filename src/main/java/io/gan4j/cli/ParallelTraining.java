package io.gan4j.cli;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.distributed.Launcher;
import io.gan4j.distributed.PeerFailure;
import io.gan4j.distributed.Worker;
import io.gan4j.distributed.World;
import io.gan4j.files.FileTrees;
import io.gan4j.training.Resume;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gan4j train} as a launcher of data-parallel workers ({@code --nproc}, {@code --nnodes}), and
 * as one of those workers (its {@link World} in the environment). Usage errors are found before
 * libtorch is loaded.
 */
final class ParallelTraining {

    /** Each worker is a JVM with libtorch (about 0.5 GB before any network): 256 fill a large machine. */
    static final int MAX_NPROC = 256;

    static final int MAX_NNODES = 1024;
    /** One day. */
    static final int MAX_TIMEOUT = 86_400;

    private ParallelTraining() {}

    /** Launches the workers of this machine; returns the exit status. */
    static int launch(String config, Path resume, RunOptions options, ParallelOptions p, PrintWriter out) {
        if (p.nproc < 1 || p.nproc > MAX_NPROC) {
            throw new UserError(
                    "--nproc must be from 1 to " + MAX_NPROC + " (worker processes on this machine), found " + p.nproc);
        }
        if (p.nnodes < 1 || p.nnodes > MAX_NNODES) {
            throw new UserError("--nnodes must be from 1 to " + MAX_NNODES + ", found " + p.nnodes);
        }
        if (p.nodeRank < 0 || p.nodeRank >= p.nnodes) {
            throw new UserError("--node-rank must be 0 to " + (p.nnodes - 1) + " with --nnodes " + p.nnodes + ", found "
                    + p.nodeRank);
        }
        if (p.timeout < 1 || p.timeout > MAX_TIMEOUT) {
            throw new UserError("--timeout must be from 1 to " + MAX_TIMEOUT + " seconds, found " + p.timeout);
        }
        if (!List.of("auto", World.GLOO, World.NCCL).contains(p.backend)) {
            throw new UserError("--backend must be auto, gloo or nccl, found '" + p.backend + "'");
        }
        if (p.nnodes > 1 && p.master == null) {
            throw new UserError("--nnodes " + p.nnodes
                    + " needs --master HOST:PORT, machine 0's address (the same on every machine)");
        }
        String host = "127.0.0.1";
        int port = 0;
        if (p.master != null) {
            int colon = p.master.lastIndexOf(':');
            try {
                host = p.master.substring(0, colon);
                port = Integer.parseInt(p.master.substring(colon + 1));
            } catch (RuntimeException e) {
                throw new UserError("--master must be HOST:PORT, found '" + p.master + "'");
            }
            if (host.isEmpty() || port < 1 || port > 65535) {
                throw new UserError("--master must be HOST:PORT with a port 1 to 65535, found '" + p.master + "'");
            }
        }
        RunConfig c = resume == null ? ConfigReader.read(config, options.allOverrides()) : recorded(resume, options);
        int world = p.nproc * p.nnodes;
        if (c.data().batchSize() % world != 0) {
            throw new UserError(
                    "data.batch_size " + c.data().batchSize() + " is the global batch and must split evenly over the "
                            + world + " workers (--nproc " + p.nproc + " × --nnodes " + p.nnodes + ")");
        }
        List<String> args = new ArrayList<>();
        if (resume != null) {
            args.addAll(List.of("--resume", resume.toAbsolutePath().toString()));
        } else {
            Path dir = options.out;
            if (p.nodeRank == 0) {
                dir = RunDirectory.create(options.out, c.name()).path();
            } else if (dir == null) {
                throw new UserError("--node-rank " + p.nodeRank + " needs the run's --out, as given to machine 0");
            }
            args.addAll(List.of(config, "--out", dir.toAbsolutePath().toString()));
            out.println("gan4j: training " + c.name() + " (" + c.objective().name() + " on "
                    + c.data().dataset() + ", " + c.train().steps() + " steps) on " + world + " processes into " + dir);
            out.flush();
        }
        for (String o : options.overrides) {
            args.addAll(List.of("--set", o));
        }
        if (options.seed != null) {
            args.addAll(List.of("--seed", String.valueOf(options.seed)));
        }
        int threads = options.threads != null
                ? options.threads
                : Math.max(1, Runtime.getRuntime().availableProcessors() / p.nproc);
        args.addAll(List.of("--threads", String.valueOf(threads)));
        if (options.quiet) {
            args.add("--quiet");
        }
        String backend = p.backend.equals("auto") ? (c.device().equals("cuda") ? World.NCCL : World.GLOO) : p.backend;
        Launcher.Plan plan = new Launcher.Plan(
                p.nproc, p.nnodes, p.nodeRank, host, port, backend, Duration.ofSeconds(p.timeout), args);
        try {
            return new Launcher(plan, System.err).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the workers: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static RunConfig recorded(Path resume, RunOptions options) {
        Path file = resume.resolve("config.yaml");
        if (!Files.isRegularFile(file)) {
            throw new UserError(resume + " is not a run directory (it has no config.yaml)");
        }
        return ConfigReader.read(file.toString(), options.allOverrides());
    }

    /**
     * Runs this process as the worker {@code world} describes; returns the exit status ({@link
     * PeerFailure#EXIT_CODE} on a peer's failure).
     */
    static int work(World world, String config, Path resume, RunOptions options, PrintWriter out) {
        watchLauncher();
        boolean first = world.rank() == 0;
        java.io.PrintStream progress = first && !options.quiet ? System.err : null;
        boolean interactive = System.console() != null || "1".equals(System.getenv("GAN4J_INTERACTIVE"));
        TrainingRun run;
        try {
            if (resume != null) {
                run = Resume.prepare(resume, options.allOverrides(), progress, interactive, System.err, first);
            } else {
                ValidConfig c = ValidConfig.read(config, options.allOverrides());
                String name = c.config().name();
                RunDirectory dir = first
                        ? RunDirectory.create(options.out, name)
                        : RunDirectory.create(Files.createTempDirectory("gan4j-rank-" + world.rank() + "-"), name);
                run = TrainingRun.start(c, dir, progress, interactive);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Runs.run(run.within(new Worker(world)), out, first);
        } catch (PeerFailure e) {
            System.err.println("gan4j: " + e.getMessage());
            return PeerFailure.EXIT_CODE;
        } finally {
            if (!first && resume == null) {
                FileTrees.deleteQuietly(run.directory().path(), false);
            }
        }
    }

    /** Ends this worker, as Ctrl-C would (at a step boundary), when the launcher that started it is gone. */
    private static void watchLauncher() {
        String pid = System.getenv(World.LAUNCHER_PID);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid))
                .ifPresentOrElse(
                        launcher -> launcher.onExit().thenRun(() -> {
                            System.err.println("gan4j: the launcher (pid " + pid + ") is gone; stopping");
                            System.exit(1);
                        }),
                        () -> System.exit(1));
    }
}
