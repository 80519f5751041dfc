package io.gan4j.training;

import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a {@link Checkpoint} every {@code every} generator steps and when training completes, and
 * keeps the {@code keep} newest: an older one is deleted only after a newer one is complete on disk,
 * so a crash (even {@code kill -9} during a write) always leaves the previous checkpoint intact. A
 * write in flight is a hidden temporary file, removed at the next start. A state whose weights are
 * not finite is never written: the write ends the run with {@link TrainingDiverged} instead.
 */
public final class Checkpoints implements TrainingListener {

    private final Path runDir;
    private final int every;
    private final int keep;
    private final String configYaml;
    private final RandomStreams streams;
    private final SafetensorsWriter.Observer observer;
    private int lastWritten = -1;

    /**
     * @param every steps between checkpoints; 0 = only at the end
     * @param configYaml the run's resolved configuration, stored in each checkpoint
     * @param observer told about each tensor written, or {@code null}
     */
    public Checkpoints(
            Path runDir,
            int every,
            int keep,
            String configYaml,
            RandomStreams streams,
            SafetensorsWriter.Observer observer) {
        this.runDir = runDir;
        this.every = every;
        this.keep = keep;
        this.configYaml = configYaml;
        this.streams = streams;
        this.observer = observer;
    }

    @Override
    public void onStart(Gan gan, int fromStep, int totalSteps) {
        cleanUp(runDir.resolve(Checkpoint.DIR));
        lastWritten = fromStep;
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (Every.at(step, every)) {
            write(gan, step);
        }
    }

    @Override
    public void onCompleted(Gan gan, int steps) {
        if (steps != lastWritten) {
            write(gan, steps);
        }
    }

    private void write(Gan gan, int step) {
        NonFinite weights = nonFiniteWeights(gan);
        if (weights != null) {
            throw new TrainingDiverged(step, weights, 1, -1, null);
        }
        Checkpoint.write(Checkpoint.file(runDir, step), gan, streams, step, configYaml, observer);
        lastWritten = step;
        List<Path> all = Checkpoint.list(runDir);
        for (int i = keep; i < all.size(); i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the old checkpoint " + all.get(i), e);
            }
        }
    }

    /** The first network tensor of {@code gan} (G, D, the moving average) that is not finite, or {@code null}. */
    private static NonFinite nonFiniteWeights(Gan gan) {
        String g = Safetensors.firstNonFinite(gan.generator());
        if (g != null) {
            return NonFinite.weights(NonFinite.GENERATOR, g);
        }
        String d = Safetensors.firstNonFinite(gan.discriminator());
        if (d != null) {
            return NonFinite.weights(NonFinite.DISCRIMINATOR, d);
        }
        GeneratorEma ema = gan.parts().ema();
        String e = ema == null ? null : Safetensors.firstNonFinite(ema.average());
        return e == null ? null : NonFinite.weights("generator's moving average", e);
    }

    /** Removes the temporary files of writes that never finished. */
    static void cleanUp(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
    }
}
