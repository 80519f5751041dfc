package io.gan4j.training;

import io.gan4j.Refused;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.files.BadFile;
import io.gan4j.networks.ConditionalLatent;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.Latent;
import io.gan4j.torch.Devices;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.Tensors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * A run's trained generator, for sampling and export: the moving average when the run kept one
 * (unless the raw weights are asked for), from the final weight files, or from the newest good
 * checkpoint when training has not finished. A class-conditional run's generator is rebuilt as
 * such from its config ({@code model.classes}) and samples classes uniformly unless one is asked for.
 */
public final class SavedGenerator {

    private final RunConfig config;
    private final GeneratorNetwork generator;
    private final ImageShape image;
    private final Path source;
    private final boolean averaged;

    private SavedGenerator(
            RunConfig config, GeneratorNetwork generator, ImageShape image, Path source, boolean averaged) {
        this.config = config;
        this.generator = generator;
        this.image = image;
        this.source = source;
        this.averaged = averaged;
    }

    /**
     * Loads the generator of the run in {@code runDir}; natives must be loaded. Call outside any PointerScope.
     *
     * @param raw the trained weights even when the run kept a moving average
     * @throws BadFile when the directory holds no weights yet
     */
    public static SavedGenerator load(Path runDir, boolean raw) {
        RunDirectory dir = RunDirectory.open(runDir);
        ValidConfig valid = ValidConfig.read(dir.file("config.yaml").toString(), List.of());
        RunConfig config = valid.config();
        ImageShape image = image(config);
        GeneratorNetwork g = untrained(valid, image);
        boolean ema = config.train().hasEma() && !raw;
        Path file = dir.file(ema ? "generator-ema.safetensors" : "generator.safetensors");
        if (Files.isRegularFile(file)) {
            Safetensors.load(g, file);
            return new SavedGenerator(config, g, image, file, ema);
        }
        List<Path> checkpoints = Checkpoint.list(runDir);
        if (checkpoints.isEmpty()) {
            throw new BadFile(runDir + " has no " + file.getFileName() + " and no checkpoint: has its training "
                    + "written anything yet?");
        }
        Checkpoint c = Resume.newestGood(runDir, System.err);
        SafetensorsReader reader = SafetensorsReader.open(c.path());
        Safetensors.load(reader, ema ? "ema." : "generator.", g);
        return new SavedGenerator(config, g, image, c.path(), ema);
    }

    /**
     * The generator in one checkpoint file ({@code RUN_DIR/checkpoints/step-….safetensors}): its
     * moving average when the run kept one, unless {@code raw}. The checkpoint is verified first.
     */
    public static SavedGenerator fromCheckpoint(Path checkpoint, boolean raw) {
        Checkpoint c = Checkpoint.read(checkpoint);
        ValidConfig valid = ValidConfig.fromYaml(c.configYaml(), "the config in " + checkpoint, List.of());
        RunConfig config = valid.config();
        ImageShape image = image(config);
        GeneratorNetwork g = untrained(valid, image);
        boolean ema = config.train().hasEma() && !raw;
        Safetensors.load(SafetensorsReader.open(checkpoint), ema ? "ema." : "generator.", g);
        return new SavedGenerator(config, g, image, checkpoint, ema);
    }

    /**
     * The generator in a file {@code gan4j export} wrote: its weights, rebuilt from the config its metadata holds
     * (moving average or trained, as the file says).
     *
     * @throws BadFile when the file is not a gan4j export
     */
    public static SavedGenerator fromExport(Path file) {
        SafetensorsReader reader = SafetensorsReader.open(file);
        String yaml = reader.metadata().get("config");
        if (yaml == null) {
            throw new BadFile(file + " is not a generator gan4j exported (its metadata has no config)");
        }
        ValidConfig valid = ValidConfig.fromYaml(yaml, "the config in " + file, List.of());
        ImageShape image = image(valid.config());
        GeneratorNetwork g = untrained(valid, image);
        Safetensors.load(reader, "", g);
        String weights = reader.metadata().getOrDefault("weights", "");
        return new SavedGenerator(valid.config(), g, image, file, weights.startsWith("moving average"));
    }

    /**
     * The generator at {@code path}: a run directory ({@link #load}), one of its checkpoint files
     * ({@link #fromCheckpoint}) or a file {@code gan4j export} wrote ({@link #fromExport}); {@code raw} asks a
     * run or checkpoint for the trained weights rather than their moving average.
     *
     * @throws Refused when {@code path} is none of these
     */
    public static SavedGenerator open(Path path, boolean raw) {
        if (Files.isDirectory(path)) {
            return load(path, raw);
        }
        if (!Files.isRegularFile(path)) {
            throw new Refused(
                    path + " does not exist: give a run directory, a checkpoint or an exported " + ".safetensors file");
        }
        boolean checkpoint =
                Checkpoint.FORMAT.equals(SafetensorsReader.open(path).metadata().get("format"));
        return checkpoint ? fromCheckpoint(path, raw) : fromExport(path);
    }

    private static ImageShape image(RunConfig config) {
        return config.data().imageShapeOrNull();
    }

    /** The generator {@code config} describes, initialised as at its run's start; its weights are loaded next. */
    private static GeneratorNetwork untrained(ValidConfig config, ImageShape image) {
        RandomStreams streams = new RandomStreams(config.config().seed());
        return GanFactory.generator(config, image, new GeneratorOptional(streams.torchFresh(RandomStreams.INIT)));
    }

    public RunConfig config() {
        return config;
    }

    public GeneratorNetwork network() {
        return generator;
    }

    /** The shape of one image, or {@code null} for a toy run (2-D points). */
    public ImageShape image() {
        return image;
    }

    /** The file the weights came from. */
    public Path source() {
        return source;
    }

    /** Whether these are the moving-average weights. */
    public boolean averaged() {
        return averaged;
    }

    /** The number of classes the generator is conditioned on; 0 for an unconditional one. */
    public int classes() {
        return generator.classes();
    }

    /**
     * n samples in evaluation mode from latent codes drawn with {@code seed} (InfoGAN: noise and
     * codes from their priors; class-conditional: z and classes drawn uniformly), in batches of 256:
     * n·(2 or C·H·W) floats, row-major.
     */
    public float[] sample(int n, long seed) {
        return sample(n, seed, -1);
    }

    /**
     * As {@link #sample(int, long)}, all of class {@code label} (a class-conditional run), or with
     * classes drawn uniformly for {@code label} −1.
     *
     * @throws IllegalArgumentException if the run has no such class
     */
    public float[] sample(int n, long seed, int label) {
        return sampleFrom(new GeneratorOptional(new RandomStreams(seed).torchFresh("sample")), n, label);
    }

    /** n samples drawn with the given stream, in batches of 256 (see {@link #sample}). */
    public float[] sampleFrom(GeneratorOptional stream, int n) {
        return sampleFrom(stream, n, -1);
    }

    private float[] sampleFrom(GeneratorOptional stream, int n, int label) {
        Latent latent = GanFactory.latent(config);
        if (label != -1) {
            requireClass(label);
        }
        long per = image == null ? 2 : image.numel();
        float[] out = new float[Math.toIntExact(n * per)];
        generator.eval();
        for (int start = 0; start < n; start += 256) {
            int k = Math.min(256, n - start);
            try (PointerScope scope = new PointerScope();
                    NoGradGuard guard = new NoGradGuard()) {
                Tensor z =
                        label == -1 ? latent.sample(k, stream) : ofClass((ConditionalLatent) latent, k, label, stream);
                Tensor x = Devices.toCpu(generator.forward(z));
                System.arraycopy(Tensors.toFloats(x), 0, out, (int) (start * per), (int) (k * per));
            }
        }
        return out;
    }

    /**
     * One image per class in {@code labels} (a class-conditional run), z drawn from {@code stream},
     * in evaluation mode: shape (labels.length, C, H, W), on the CPU.
     *
     * @throws Refused if the run is unconditional or a label is not one of its classes
     */
    public Tensor imagesOf(long[] labels, GeneratorOptional stream) {
        if (classes() == 0 || image == null) {
            throw new Refused("this run is unconditional (model.classes 0): it has no classes to sample");
        }
        for (long label : labels) {
            requireClass(label);
        }
        ConditionalLatent latent = (ConditionalLatent) GanFactory.latent(config);
        generator.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            return Devices.toCpu(generator.forward(latent.input(latent.codesFor(labels, stream))));
        }
    }

    /** @throws Refused if {@code label} is not one of this run's classes (or the run has none) */
    private void requireClass(long label) {
        if (label < 0 || label >= classes()) {
            throw new Refused(
                    classes() == 0
                            ? "this run is unconditional (model.classes 0): it has no class " + label + " to sample"
                            : "class " + label + " is not one of this run's classes, 0 to " + (classes() - 1));
        }
    }

    /** n inputs of class {@code label}: z drawn from {@code stream}. */
    private static Tensor ofClass(ConditionalLatent latent, int n, int label, GeneratorOptional stream) {
        long[] labels = new long[n];
        java.util.Arrays.fill(labels, label);
        return latent.input(latent.codesFor(labels, stream));
    }
}
