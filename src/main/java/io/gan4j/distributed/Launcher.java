package io.gan4j.distributed;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.pytorch.TCPStore;

/**
 * Starts the workers of one machine and watches them, as {@code torchrun} does: {@code nproc}
 * JVMs running {@code gan4j train} with their {@link World} in the environment. The launcher of
 * machine 0 serves the {@link Rendezvous} store. Before any worker starts, the launcher loads
 * libtorch's natives once, so that JavaCPP's cache is complete (two JVMs extracting it at once can
 * crash with SIGBUS).
 *
 * <p>When a worker ends with an error, the others fail on their next collective (a rank that died
 * closes its connections; one that hangs makes them wait past the timeout): the launcher then stops
 * them all, and names the rank that failed first and how, or, when all that ended only saw a
 * peer's failure, the rank that fell behind, from the store's heartbeats. Stopping the launcher
 * (SIGINT, SIGTERM) stops the workers the same way, each at the same step with a checkpoint; a worker
 * whose launcher disappears stops by itself.
 *
 * @see World the environment a worker gets
 */
public final class Launcher {

    /** How long the launcher waits for the other workers to end by themselves after one failed. */
    private static final long GRACE_MILLIS = 5000;
    /** How long stopped workers get for their checkpoint before they are killed. */
    private static final long STOP_WAIT_SECONDS = 120;

    /**
     * What to launch.
     *
     * @param nproc workers on this machine
     * @param nnodes machines
     * @param nodeRank this machine's number, 0 ≤ nodeRank &lt; nnodes
     * @param masterHost the store's host (machine 0)
     * @param masterPort the store's port; 0 on a single machine picks a free one
     * @param backend gloo or nccl
     * @param timeout of collectives and the rendezvous
     * @param trainArgs the arguments of {@code gan4j train} each worker gets
     */
    public record Plan(
            int nproc,
            int nnodes,
            int nodeRank,
            String masterHost,
            int masterPort,
            String backend,
            Duration timeout,
            List<String> trainArgs) {

        public int worldSize() {
            return nproc * nnodes;
        }
    }

    private final Plan plan;
    private final PrintStream err;
    private final List<WorkerProcess> workers = new ArrayList<>();
    private volatile boolean stopping;

    public Launcher(Plan plan, PrintStream err) {
        this.plan = plan;
        this.err = err;
    }

    /**
     * Starts the workers and waits for them.
     *
     * @return 0 when every worker finished, 1 when one failed (the message went to {@code err})
     */
    public int run() throws IOException, InterruptedException {
        Loader.load(org.bytedeco.pytorch.global.torch.class);
        TCPStore store =
                plan.nodeRank() == 0 ? Rendezvous.serve(plan.masterPort(), plan.worldSize(), plan.timeout()) : null;
        int port = store == null ? plan.masterPort() : Short.toUnsignedInt(store.getPort());
        Thread hook = new Thread(this::stopAll, "gan4j-launcher-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (int local = 0; local < plan.nproc(); local++) {
                int rank = plan.nodeRank() * plan.nproc() + local;
                World w = new World(
                        rank, plan.worldSize(), local, plan.masterHost(), port, plan.backend(), plan.timeout());
                Map<String, String> env = new HashMap<>(w.environment());
                env.put(
                        World.LAUNCHER_PID,
                        String.valueOf(ProcessHandle.current().pid()));
                if (System.console() != null) {
                    env.put("GAN4J_INTERACTIVE", "1");
                }
                workers.add(WorkerProcess.start(rank, command(), env, err));
            }
            StringBuilder started = new StringBuilder("gan4j: started ");
            for (WorkerProcess p : workers) {
                started.append(p == workers.get(0) ? "" : ", ")
                        .append("rank ")
                        .append(p.rank())
                        .append(" (pid ")
                        .append(p.process().pid())
                        .append(')');
            }
            synchronized (err) {
                err.println(started + " of " + plan.worldSize() + " on " + plan.backend() + ", rendezvous "
                        + plan.masterHost() + ":" + port + ", timeout "
                        + plan.timeout().toSeconds() + " s");
            }
            return watch(store);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
    }

    /** This JVM's java, JVM options and class path, running gan4j's {@code train} with the plan's arguments. */
    private List<String> command() {
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(plan.trainArgs());
        return gan4j(args);
    }

    /**
     * The command line that runs gan4j with {@code args} in a new JVM like this one (its java, JVM options and
     * class path).
     */
    public static List<String> gan4j(List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent")) {
                c.add(a);
            }
        }
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add("io.gan4j.cli.Gan4j");
        c.addAll(args);
        return c;
    }

    private int watch(TCPStore store) throws InterruptedException {
        long failedAt = -1;
        while (true) {
            boolean allDone = true;
            for (WorkerProcess p : workers) {
                if (p.process().isAlive()) {
                    allDone = false;
                } else if (p.process().exitValue() != 0 && failedAt < 0) {
                    failedAt = System.currentTimeMillis();
                }
            }
            if (allDone) {
                break;
            }
            if (failedAt >= 0 && System.currentTimeMillis() - failedAt > GRACE_MILLIS) {
                int[] steps = steps(store);
                List<WorkerProcess> stopped = new ArrayList<>();
                for (WorkerProcess p : workers) {
                    if (p.process().isAlive()) {
                        stopped.add(p);
                    }
                }
                terminate(10);
                return report(steps, stopped);
            }
            Thread.sleep(100);
        }
        return failedAt < 0 ? 0 : report(steps(store), List.of());
    }

    private int[] steps(TCPStore store) {
        try {
            return store == null ? null : Rendezvous.steps(store, plan.worldSize());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Names the rank that failed first and how, or the one that fell behind; returns the launcher's exit status. */
    private int report(int[] steps, List<WorkerProcess> stopped) {
        WorkerProcess cause = null;
        for (WorkerProcess p : workers) {
            if (!stopped.contains(p)
                    && p.process().exitValue() != 0
                    && p.process().exitValue() != PeerFailure.EXIT_CODE
                    && !stopping) {
                cause = p;
                break;
            }
        }
        String message;
        if (cause != null) {
            String words = cause.lastWords();
            message = "rank " + cause.rank() + " (pid " + cause.process().pid() + ") failed: " + cause.ending()
                    + (words.isEmpty() ? "" : "; its last words: " + words);
        } else if (!stopped.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (WorkerProcess p : stopped) {
                names.add("rank " + p.rank() + " (pid " + p.process().pid() + ")");
            }
            String behind = steps == null ? "" : Rendezvous.laggards(steps);
            message = String.join(", ", names) + " stopped answering: " + failedRanks(stopped)
                    + " waited for it past the "
                    + plan.timeout().toSeconds() + " s timeout" + (behind.isEmpty() ? "" : "; behind: " + behind)
                    + "; the launcher stopped it";
        } else {
            message = "a collective failed on " + failedRanks(stopped) + " (see their messages above)";
        }
        synchronized (err) {
            err.println(
                    "gan4j: " + message + "; all ranks stopped. The last checkpoint in the run directory is intact: "
                            + "gan4j train --resume continues from it.");
        }
        return 1;
    }

    /** The ranks that ended with an error by themselves (not those in {@code stopped}). */
    private String failedRanks(List<WorkerProcess> stopped) {
        List<String> r = new ArrayList<>();
        for (WorkerProcess p : workers) {
            if (!stopped.contains(p) && p.process().exitValue() != 0) {
                r.add("rank " + p.rank());
            }
        }
        return String.join(", ", r);
    }

    /** SIGTERM to the workers still running (each stops at a step boundary), then SIGKILL after {@code seconds}. */
    private void terminate(long seconds) throws InterruptedException {
        for (WorkerProcess p : workers) {
            if (stopped(p.process().pid())) {
                p.process().destroyForcibly(); // a stopped process acts on SIGTERM only once continued
            } else {
                p.process().destroy();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (WorkerProcess p : workers) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !p.process().waitFor(left, TimeUnit.NANOSECONDS)) {
                p.process().destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** Whether process {@code pid} is stopped (SIGSTOP, a debugger): state T or t in Linux's /proc; false elsewhere. */
    static boolean stopped(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(pid), "stat"));
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
            return state == 'T' || state == 't';
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** On the launcher's own SIGINT or SIGTERM: stop the workers with a checkpoint, waiting for them. */
    private void stopAll() {
        stopping = true;
        try {
            terminate(STOP_WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
