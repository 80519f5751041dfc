package io.gan4j.distributed;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * One worker the {@link Launcher} started: its process, and a thread that forwards its standard
 * error to the launcher's (rank 0's as it is, so its progress bar redraws; the others' lines
 * prefixed with their rank), keeping its last lines for the failure message.
 */
final class WorkerProcess {

    private static final int KEPT_LINES = 6;

    private final int rank;
    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final Thread forwarder;

    private WorkerProcess(int rank, Process process, PrintStream err) {
        this.rank = rank;
        this.process = process;
        this.forwarder = new Thread(() -> forward(process.getErrorStream(), err), "gan4j-rank-" + rank + "-stderr");
        forwarder.setDaemon(true);
        forwarder.start();
    }

    /** Starts {@code command} as global rank {@code rank}, with {@code env} added to this process's environment. */
    static WorkerProcess start(int rank, List<String> command, Map<String, String> env, PrintStream err)
            throws IOException {
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().putAll(env);
        b.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        return new WorkerProcess(rank, b.start(), err);
    }

    int rank() {
        return rank;
    }

    Process process() {
        return process;
    }

    /** How the process ended, in words: "exit code 1", "killed by signal 9 (SIGKILL)". */
    String ending() {
        int code = process.exitValue();
        if (code > 128 && code < 160) {
            int signal = code - 128;
            String name = switch (signal) {
                case 9 -> " (SIGKILL)";
                case 15 -> " (SIGTERM)";
                case 2 -> " (SIGINT)";
                case 6 -> " (SIGABRT)";
                case 7 -> " (SIGBUS)";
                case 11 -> " (SIGSEGV)";
                default -> "";
            };
            return "killed by signal " + signal + name;
        }
        return "exit code " + code;
    }

    /** The last non-empty line it wrote to standard error, or "" (waits briefly for the forwarder to drain). */
    String lastWords() {
        try {
            forwarder.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lastLines) {
            for (var it = lastLines.descendingIterator(); it.hasNext(); ) {
                String l = it.next().strip();
                if (!l.isEmpty() && !l.startsWith("at ")) {
                    return l;
                }
            }
        }
        return "";
    }

    private void forward(InputStream in, PrintStream err) {
        byte[] buffer = new byte[8192];
        StringBuilder line = new StringBuilder();
        String prefix = "[rank " + rank + "] ";
        boolean atLineStart = true;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                String chunk = new String(buffer, 0, n, StandardCharsets.UTF_8);
                StringBuilder out = new StringBuilder();
                for (char c : chunk.toCharArray()) {
                    if (rank != 0 && atLineStart) {
                        out.append(prefix);
                    }
                    out.append(c);
                    atLineStart = c == '\n';
                    if (c == '\n' || c == '\r') {
                        keep(line.toString());
                        line.setLength(0);
                    } else {
                        line.append(c);
                    }
                }
                synchronized (err) {
                    err.print(out);
                    err.flush();
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
        keep(line.toString());
    }

    private void keep(String l) {
        if (l.isBlank()) {
            return;
        }
        synchronized (lastLines) {
            lastLines.addLast(l);
            while (lastLines.size() > KEPT_LINES) {
                lastLines.removeFirst();
            }
        }
    }
}
