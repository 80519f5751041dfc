package io.gan4j.api;

import io.gan4j.config.ConfigWriter;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.networks.ImageShape;
import io.gan4j.training.Checkpoint;
import io.gan4j.training.Gan;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.StepLog;
import io.gan4j.training.TrainingListener;
import io.gan4j.training.TrainingRun;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A training run, built from a preset, a YAML file or a {@link RunConfig} made in code, with {@code --set}-style
 * overrides; {@link #run()} trains it into a run directory, the same directory {@code gan4j train} writes.
 *
 * <pre>{@code
 * TrainingResult r = Training.preset("gan-ns-ring")
 *         .set("train.steps", 500)
 *         .observer(p -> System.out.println(p.step() + " " + p.discriminatorLoss()))
 *         .run();
 * }</pre>
 *
 * <p>The config is validated as the command line validates YAML: every problem, cross-field rules included, in one
 * {@link io.gan4j.config.ConfigException} naming each key and value. A training is used from one thread, except
 * {@link #requestStop()}, which any thread may call.
 */
public final class Training {

    private final String source;
    private final RunConfig inCode;
    private final List<String> overrides = new ArrayList<>();
    private final List<TrainingObserver> observers = new ArrayList<>();
    private Path directory;
    private PrintStream progress;
    private SuppliedImages images;
    private volatile TrainingRun running;
    private volatile boolean stopRequested;

    private Training(String source, RunConfig inCode) {
        this.source = source;
        this.inCode = inCode;
    }

    /**
     * The shipped preset {@code name} (see {@code gan4j presets}).
     *
     * @param name a preset's name
     * @return the training, to be configured and run
     */
    public static Training preset(String name) {
        return new Training(name, null);
    }

    /**
     * The YAML config in {@code file}.
     *
     * @param file a YAML file
     * @return the training, to be configured and run
     */
    public static Training file(Path file) {
        return new Training(file.toString(), null);
    }

    /**
     * {@code config}, built in code; validated as if it had been read from YAML.
     *
     * @param config the config
     * @return the training, to be configured and run
     */
    public static Training of(RunConfig config) {
        return new Training(null, config);
    }

    /**
     * Overrides the config key {@code key} (a dotted path such as {@code train.steps}) with {@code value}, read as
     * YAML as {@code --set key=value} reads it: a number, a boolean, a name, or a flow mapping such as {@code
     * "{weight: 10}"}.
     *
     * @param key a dotted key path
     * @param value its value, written as YAML
     * @return this training
     */
    public Training set(String key, Object value) {
        overrides.add(key + "=" + value);
        return this;
    }

    /**
     * The run directory: new or empty. Without it, {@code runs/<name>-<timestamp>} under the working directory.
     *
     * @param directory the run directory
     * @return this training
     */
    public Training into(Path directory) {
        this.directory = directory;
        return this;
    }

    /**
     * Trains on {@code images} instead of the config's {@code data}: they are written as PNGs into the run
     * directory's {@code data/} (so that the run can be resumed and re-read like any other) and read back as
     * {@code data: {dataset: folder, image_size: side}}, centre-cropped to a square and resized to {@code side};
     * grey if every image is grey, else RGB.
     *
     * @param labels each image's class, 0 … K−1 with every class present (for a class-conditional run, {@code
     *     model.classes: K}), or {@code null}
     * @param images the images, any size (centre-cropped to a square)
     * @param side the side they are resized to, at least 8
     * @return this training
     * @throws io.gan4j.UserFault when there are no images, the labels do not match them, or the side is below 8
     */
    public Training onImages(List<BufferedImage> images, int[] labels, int side) {
        this.images = new SuppliedImages(images, labels, side);
        return this;
    }

    /**
     * As {@link #onImages(List, int[], int)}, from {@code n · C·H·W} floats in [−1, 1] (images channel-first,
     * as {@link TrainedGenerator#sample} gives them), quantised to 8 bits as round((x + 1)·127.5).
     *
     * @param pixels {@code n · C·H·W} floats
     * @param shape (C, H, W) of one image, square
     * @param labels each image's class, 0 … K−1 with every class present, or {@code null}
     * @return this training
     */
    public Training onImages(float[] pixels, ImageShape shape, int[] labels) {
        this.images = SuppliedImages.of(pixels, shape, labels);
        return this;
    }

    /**
     * Adds an observer of the logged steps.
     *
     * @param observer called on the training's thread
     * @return this training
     */
    public Training observer(TrainingObserver observer) {
        observers.add(observer);
        return this;
    }

    /**
     * Draws {@code gan4j train}'s progress bar on {@code out} (a line per update); none without it.
     *
     * @param out where the bar goes
     * @return this training
     */
    public Training progressTo(PrintStream out) {
        this.progress = out;
        return this;
    }

    /**
     * The config as it will train: validated, with threads and every {@code auto} resolved (what the run's {@code
     * config.yaml} records).
     *
     * @return the validated, resolved config
     * @throws io.gan4j.config.ConfigException listing every problem of the config
     */
    public RunConfig config() {
        return valid().config();
    }

    /**
     * Trains to the end, or to the step at which {@link #requestStop()} took effect, on a thread of its own; blocks
     * until then. An interrupt of the calling thread requests the stop.
     *
     * @return the run directory and its summary
     * @throws io.gan4j.config.ConfigException when the config is invalid (nothing is written then)
     * @throws io.gan4j.UserFault when the data cannot be read or the directory is not empty
     */
    public TrainingResult run() {
        // with images given, the config is checked as it will read them (from a folder not yet written) first
        ValidConfig valid = valid(images == null ? List.of() : images.overrides(Path.of("data")));
        RunDirectory dir = RunDirectory.create(directory, valid.config().name());
        if (images != null) {
            try {
                Path folder = dir.path().resolve("data");
                images.writeTo(folder);
                valid = valid(images.overrides(folder));
            } catch (RuntimeException | Error e) {
                dir.discard();
                throw e;
            }
        }
        TrainingRun run = TrainingRun.start(valid, dir, progress, false)
                .observedBy(new Observers(dir.path(), List.copyOf(observers)));
        running = run;
        if (stopRequested) {
            run.requestStop();
        }
        try (OwnThread thread = new OwnThread("gan4j-training")) {
            return thread.call(() -> new TrainingResult(dir.path(), run.execute()), this::requestStop);
        } finally {
            running = null;
        }
    }

    /** Ends the training after the step in flight, with a checkpoint; before {@link #run()}, at its first step. */
    public void requestStop() {
        stopRequested = true;
        TrainingRun run = running;
        if (run != null) {
            run.requestStop();
        }
    }

    private ValidConfig valid() {
        return valid(List.of());
    }

    /** The config with the overrides and, last, {@code dataOverrides}. */
    private ValidConfig valid(List<String> dataOverrides) {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(dataOverrides);
        return inCode == null
                ? ValidConfig.read(source, all)
                : ValidConfig.fromYaml(ConfigWriter.toYaml(inCode), "the config given in code", all);
    }

    /** The observers behind the trainer's listener interface. */
    private static final class Observers implements TrainingListener {

        private final Path runDir;
        private final List<TrainingObserver> observers;
        private int totalSteps;

        Observers(Path runDir, List<TrainingObserver> observers) {
            this.runDir = runDir;
            this.observers = observers;
        }

        @Override
        public void onStart(Gan gan, int fromStep, int totalSteps) {
            this.totalSteps = totalSteps;
        }

        @Override
        public void afterStep(Gan gan, int step, StepLog log) {
            if (log == null || observers.isEmpty()) {
                return;
            }
            Map<String, Double> figures = new LinkedHashMap<>();
            log.values().forEach((k, v) -> figures.put(k, ((Number) v).doubleValue()));
            Path file = Checkpoint.file(runDir, step);
            TrainingProgress p =
                    new TrainingProgress(step, totalSteps, figures, Files.isRegularFile(file) ? file : null);
            observers.forEach(o -> o.onStep(p));
        }

        @Override
        public void onCompleted(Gan gan, int steps) {
            observers.forEach(o -> o.onFinished(steps));
        }
    }
}
