package io.gan4j.training;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gan4j.Version;
import io.gan4j.files.BadFile;
import io.gan4j.files.CannotWrite;
import io.gan4j.torch.OptimiserArchive;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.pytorch.Optimizer;

/**
 * A training checkpoint: everything a run needs to continue exactly, in one safetensors file
 * ({@link SafetensorsWriter}), {@code checkpoints/step-<8 digits>.safetensors} in the run directory.
 *
 * <p>Tensors (dotted names as the modules name them):
 * <ul>
 *   <li>{@code generator.*}, {@code discriminator.*}: parameters and buffers (batch-norm statistics,
 *       spectral norm's ũ and ṽ), F32 (I64 for {@code num_batches_tracked});</li>
 *   <li>{@code ema.*}: the generator's moving average, when {@code train.ema} is on;</li>
 *   <li>{@code optimiser.generator}, {@code optimiser.discriminator}: U8, each optimiser's state in
 *       libtorch's own serialisation ({@code torch::save(optimizer, …)}, a zip archive that
 *       {@code torch::load} reads): Adam's moments and step counts, RMSProp's averages;</li>
 *   <li>{@code rng.<i>.<stream>}: U8, the state of every random stream the run made, in the order
 *       made (a libtorch CPU generator's {@code get_state()}, or a {@code SplitMix64}'s state as 8
 *       little-endian bytes);</li>
 *   <li>{@code state.json}: U8, UTF-8 JSON: {@code format}, {@code version}, {@code step} (generator
 *       steps done), {@code batches} (real batches drawn), {@code gan4j_version}, {@code streams};</li>
 *   <li>{@code config.yaml}: U8, UTF-8, the run's resolved configuration.</li>
 * </ul>
 * The header's {@code __metadata__} holds {@code format = gan4j-checkpoint}, {@code version = 1},
 * {@code step}, and {@code sha256}: the SHA-256 of the whole data section, checked before anything is
 * restored, so a damaged or truncated file is refused.
 */
public final class Checkpoint {

    public static final String FORMAT = "gan4j-checkpoint";
    public static final int VERSION = 1;
    /** The directory of checkpoints inside a run directory. */
    public static final String DIR = "checkpoints";

    private final SafetensorsReader reader;
    private final int step;
    private final long batches;

    /**
     * A checkpoint's {@code state.json} as {@link #write} writes it: where training stood ({@link #read} checks
     * and keeps the two fields that resume needs, {@code step} and {@code batches}).
     *
     * @param format {@link #FORMAT}
     * @param version {@link #VERSION}
     * @param step generator steps done
     * @param batches real batches drawn
     * @param gan4jVersion the gan4j that wrote it
     * @param streams the names of the random streams saved under {@code rng.}
     */
    record State(String format, int version, int step, long batches, String gan4jVersion, List<String> streams) {}

    private Checkpoint(SafetensorsReader reader, int step, long batches) {
        this.reader = reader;
        this.step = step;
        this.batches = batches;
    }

    /** The file of the checkpoint at {@code step} in {@code runDir}. */
    public static Path file(Path runDir, int step) {
        return runDir.resolve(DIR).resolve(String.format("step-%08d.safetensors", step));
    }

    /** The run's checkpoint files, newest (highest step) first. */
    public static List<Path> list(Path runDir) {
        Path dir = runDir.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>(RunFiles.numbered(dir, "step-", ".safetensors", Integer.MAX_VALUE));
        java.util.Collections.reverse(files);
        return files;
    }

    /**
     * Writes the checkpoint of {@code gan} after {@code step} generator steps, atomically and forced
     * to disk (a temporary file, fsync, rename, fsync of the directory). Everything is serialised in
     * memory first, so a full disk fails in Java's own file writing and not inside libtorch.
     *
     * @throws CannotWrite if the file system refuses (full, read-only): the temporary file is removed,
     *     the previous checkpoint is intact, and the message says how much space was needed
     * @param observer told after each tensor is written, or {@code null}
     */
    public static void write(
            Path file,
            Gan gan,
            RandomStreams streams,
            int step,
            String configYaml,
            SafetensorsWriter.Observer observer) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CannotWrite.of(file, 0, e);
        }
        SafetensorsWriter w = new SafetensorsWriter()
                .metadata("format", FORMAT)
                .metadata("version", String.valueOf(VERSION))
                .metadata("step", String.valueOf(step))
                .sha256Metadata("sha256");
        Gan.Parts p = gan.parts();
        Safetensors.add(w, "generator.", p.generator());
        Safetensors.add(w, "discriminator.", p.discriminator());
        if (p.ema() != null) {
            Safetensors.add(w, "ema.", p.ema().average());
        }
        w.bytes("optimiser.generator", OptimiserArchive.save(p.generatorOptimiser()));
        w.bytes("optimiser.discriminator", OptimiserArchive.save(p.discriminatorOptimiser()));
        streams.save(w, "rng.");
        State s = new State(FORMAT, VERSION, step, p.realBatches().position(), Version.gan4j(), streams.names());
        w.bytes("state.json", Json.line(s).getBytes(StandardCharsets.UTF_8));
        w.bytes("config.yaml", configYaml.getBytes(StandardCharsets.UTF_8));
        w.write(file, true, observer);
    }

    /**
     * Opens and verifies a checkpoint: the format, the version and the SHA-256 of its data.
     *
     * @throws CheckpointException naming the file and what is wrong
     */
    public static Checkpoint read(Path file) {
        SafetensorsReader reader;
        try {
            reader = SafetensorsReader.open(file);
        } catch (BadFile | IllegalArgumentException | UncheckedIOException e) {
            throw new CheckpointException(file, "unreadable: " + e.getMessage());
        }
        Map<String, String> meta = reader.metadata();
        if (!FORMAT.equals(meta.get("format"))) {
            throw new CheckpointException(file, "not a gan4j checkpoint (format " + meta.get("format") + ")");
        }
        if (!String.valueOf(VERSION).equals(meta.get("version"))) {
            throw new CheckpointException(
                    file, "checkpoint format version " + meta.get("version") + ", this gan4j reads version " + VERSION);
        }
        String actual = reader.sha256OfData();
        if (!actual.equals(meta.get("sha256"))) {
            throw new CheckpointException(
                    file, "damaged: the SHA-256 of its data is " + actual + ", its header says " + meta.get("sha256"));
        }
        Map<String, Object> fields;
        try {
            fields = Json.mapper()
                    .readValue(
                            new String(reader.bytes("state.json"), StandardCharsets.UTF_8), new TypeReference<>() {});
        } catch (IOException | IllegalArgumentException e) {
            throw new CheckpointException(file, "its state.json is unreadable: " + e.getMessage());
        }
        int step = (int) whole(file, fields, "step", Integer.MAX_VALUE);
        long batches = whole(file, fields, "batches", Long.MAX_VALUE);
        if (!String.valueOf(step).equals(meta.get("step"))) {
            throw new CheckpointException(
                    file, "its state.json says step " + step + ", its header step " + meta.get("step"));
        }
        for (String name : List.of("optimiser.generator", "optimiser.discriminator", "config.yaml")) {
            if (!reader.has(name)) {
                throw new CheckpointException(file, "it holds no '" + name + "'");
            }
        }
        return new Checkpoint(reader, step, batches);
    }

    /** The field {@code key} of state.json, which must be a whole number in [0, max]. */
    private static long whole(Path file, Map<String, Object> state, String key, long max) {
        Object v = state.get(key);
        if (!(v instanceof Integer || v instanceof Long)
                || ((Number) v).longValue() < 0
                || ((Number) v).longValue() > max) {
            throw new CheckpointException(
                    file,
                    "its state.json has " + key + " " + (v instanceof String ? "\"" + v + "\"" : v)
                            + ", expected a whole number from 0 to " + max);
        }
        return ((Number) v).longValue();
    }

    public Path path() {
        return reader.file();
    }

    /** Generator steps done when it was written. */
    public int step() {
        return step;
    }

    /** Real batches drawn when it was written. */
    public long batches() {
        return batches;
    }

    /** The resolved configuration of the run that wrote it. */
    public String configYaml() {
        return new String(reader.bytes("config.yaml"), StandardCharsets.UTF_8);
    }

    /** Puts the networks, optimisers, moving average, random streams and data position back. */
    public void restore(Gan gan, RandomStreams streams) {
        restore(gan, streams, true);
    }

    /**
     * As {@link #restore(Gan, RandomStreams)}; {@code ownStreams} false for a data-parallel worker
     * other than the first, whose streams of its own (its data) are not the checkpoint's.
     */
    public void restore(Gan gan, RandomStreams streams, boolean ownStreams) {
        Gan.Parts p = gan.parts();
        try {
            Safetensors.load(reader, "generator.", p.generator());
            Safetensors.load(reader, "discriminator.", p.discriminator());
            if (p.ema() != null) {
                if (!reader.has(firstName(p.ema().average(), "ema."))) {
                    throw new IllegalArgumentException("it holds no moving average, and this run has train.ema on");
                }
                Safetensors.load(reader, "ema.", p.ema().average());
            }
            load(p.generatorOptimiser(), "optimiser.generator");
            load(p.discriminatorOptimiser(), "optimiser.discriminator");
            streams.restore(reader, "rng.", ownStreams);
            p.realBatches().seek(batches());
        } catch (BadFile | IllegalArgumentException e) {
            throw new CheckpointException(reader.file(), "does not fit this run: " + e.getMessage());
        }
    }

    private static String firstName(org.bytedeco.pytorch.Module m, String prefix) {
        return prefix + Safetensors.stateOf(m).keySet().iterator().next();
    }

    private void load(Optimizer optimiser, String name) {
        try {
            OptimiserArchive.load(optimiser, reader.slice(name));
        } catch (RuntimeException e) {
            throw new CheckpointException(reader.file(), "its " + name + " state is unreadable: " + e.getMessage());
        }
    }
}
