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
 * write identical files.
 */
public final class MetricsFile implements TrainingListener {

    private final Path file;
    private BufferedWriter writer;

    public MetricsFile(Path file) {
        this.file = file;
    }

    @Override
    public void onStart(Gan gan, int totalSteps) {
        try {
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
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
