package io.gan4j.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends each logged step to {@code metrics.jsonl}, one JSON object per line, flushed at once so a
 * crash loses nothing already logged. Holds no timing, so two runs with the same seed and threads
 * write identical files. When a run resumes from step s, the lines of steps after s (logged by the
 * interrupted run after its last checkpoint) are dropped first, so the file reads as if the run had
 * never stopped.
 */
public final class MetricsFile implements TrainingListener {

    private final Path file;
    private BufferedWriter writer;

    public MetricsFile(Path file) {
        this.file = file;
    }

    @Override
    public void onStart(Gan gan, int fromStep, int totalSteps) {
        if (fromStep > 0) {
            truncateAfter(file, fromStep);
        }
        try {
            writer = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** Rewrites {@code file} (atomically) keeping only the lines of steps up to {@code step}. */
    static void truncateAfter(Path file, int step) {
        if (!Files.exists(file)) {
            return;
        }
        StringBuilder kept = new StringBuilder();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                StepLog log = line.isBlank() ? null : Json.stepLog(line);
                if (log != null && log.step() <= step) {
                    kept.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        io.gan4j.files.AtomicFiles.write(file, kept.toString());
    }

    /** The logged steps in {@code file}, in order (a last line cut short by a crash is skipped). */
    public static java.util.List<StepLog> read(Path file) {
        java.util.List<StepLog> logs = new java.util.ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    StepLog log = Json.stepLog(line);
                    if (log != null) {
                        logs.add(log);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return logs;
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (log == null) {
            return;
        }
        try {
            writer.write(Json.line(log.values()));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void onEnd(Gan gan, int completedSteps) {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
