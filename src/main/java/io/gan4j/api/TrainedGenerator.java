package io.gan4j.api;

import io.gan4j.Refused;
import io.gan4j.config.DataConfig;
import io.gan4j.evaluation.Evaluation;
import io.gan4j.evaluation.EvaluationResult;
import io.gan4j.evaluation.FeatureCache;
import io.gan4j.evaluation.Metric;
import io.gan4j.networks.ImageShape;
import io.gan4j.reports.ImageGridPng;
import io.gan4j.torch.Torch;
import io.gan4j.training.SavedGenerator;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * A trained generator, for sampling from Java: loaded from a run directory (its moving average when the run kept
 * one), one of its checkpoints, or a {@code .safetensors} file {@code gan4j export} wrote. Samples are drawn in
 * evaluation mode from latent codes seeded by the caller, so the same seed gives the same samples; they are the
 * same as {@code gan4j sample --seed} gives.
 *
 * <p>Thread-safe: calls from several threads are served one at a time on the generator's own thread, where every
 * batch of 256 is computed inside its own memory scope (native memory does not grow with the samples drawn). Close
 * it to end that thread; the weights are freed with the object.
 */
public final class TrainedGenerator implements AutoCloseable {

    private final OwnThread thread;
    private final SavedGenerator generator;

    private TrainedGenerator(OwnThread thread, SavedGenerator generator) {
        this.thread = thread;
        this.generator = generator;
    }

    /**
     * The generator at {@code path} (a run directory, a checkpoint or an exported file); loads the natives.
     *
     * @param path a run directory, one of its checkpoint files, or a file {@code gan4j export} wrote
     * @return the generator, ready to sample; close it after use
     */
    public static TrainedGenerator load(Path path) {
        return load(path, false);
    }

    /**
     * As {@link #load(Path)}; {@code raw} takes a run's or checkpoint's trained weights rather than their moving
     * average.
     *
     * @param path a run directory, one of its checkpoint files, or a file {@code gan4j export} wrote
     * @param raw the trained weights rather than their moving average
     * @return the generator, ready to sample; close it after use
     * @throws io.gan4j.UserFault when {@code path} is not a gan4j run, checkpoint or export, or holds no weights
     */
    public static TrainedGenerator load(Path path, boolean raw) {
        OwnThread thread = new OwnThread("gan4j-generator " + path.getFileName());
        try {
            SavedGenerator g = thread.call(() -> {
                Torch.init();
                return SavedGenerator.open(path, raw);
            });
            return new TrainedGenerator(thread, g);
        } catch (RuntimeException | Error e) {
            thread.close();
            throw e;
        }
    }

    /**
     * The shape of one image (channels, height, width), or {@code null} when the samples are 2-D points.
     *
     * @return (C, H, W) of one image, or {@code null}
     */
    public ImageShape imageShape() {
        return generator.image();
    }

    /**
     * The floats of one sample: C·H·W for an image, 2 for a point.
     *
     * @return 2, or C·H·W
     */
    public int sampleSize() {
        ImageShape s = generator.image();
        return s == null ? 2 : Math.toIntExact(s.numel());
    }

    /**
     * The classes a class-conditional generator draws; 0 for an unconditional one.
     *
     * @return K, or 0
     */
    public int classes() {
        return generator.classes();
    }

    /**
     * Whether the weights are the run's moving average.
     *
     * @return whether the weights are the moving average
     */
    public boolean averaged() {
        return generator.averaged();
    }

    /**
     * The file the weights came from.
     *
     * @return the weights' file
     */
    public Path source() {
        return generator.source();
    }

    /**
     * {@code n} samples from latent codes drawn with {@code seed} (a class-conditional run draws the classes
     * uniformly too): {@code n · sampleSize()} floats, sample after sample, each image channel-first and row-major,
     * values in [−1, 1].
     *
     * @param n how many samples, at least 1
     * @param seed the seed of their latent codes
     * @return {@code n · sampleSize()} floats
     */
    public float[] sample(int n, long seed) {
        return sample(n, seed, -1);
    }

    /**
     * As {@link #sample(int, long)}, every sample of class {@code label}.
     *
     * @param n how many samples, at least 1
     * @param seed the seed of their latent codes
     * @param label the class, 0 … K−1, or −1 for classes drawn uniformly
     * @return {@code n · sampleSize()} floats
     * @throws io.gan4j.UserFault when the generator has no class {@code label}
     */
    public float[] sample(int n, long seed, int label) {
        if (n < 1) {
            throw new Refused("the number of samples must be at least 1, found " + n);
        }
        return thread.call(() -> generator.sample(n, seed, label));
    }

    /**
     * {@code n} images drawn with {@code seed}, 8 bits per channel (grey or RGB).
     *
     * @param n how many images, at least 1
     * @param seed the seed of their latent codes
     * @return {@code n} images of {@link #imageShape()}
     */
    public List<BufferedImage> images(int n, long seed) {
        return images(n, seed, -1);
    }

    /**
     * As {@link #images(int, long)}, every image of class {@code label} ({@code -1}: classes drawn uniformly).
     *
     * @param n how many images, at least 1
     * @param seed the seed of their latent codes
     * @param label the class, 0 … K−1, or −1
     * @return {@code n} images of {@link #imageShape()}
     */
    public List<BufferedImage> images(int n, long seed, int label) {
        ImageShape s = requireImages();
        return ImageGridPng.each(sample(n, seed, label), s.channels(), s.height(), s.width());
    }

    /**
     * Writes a PNG grid of {@code rows × cols} images drawn with {@code seed} to {@code file} (atomically: a reader
     * never sees half a file); with {@code label} ≥ 0 all of that class.
     *
     * @param file the PNG to write
     * @param rows rows of the grid, at least 1
     * @param cols columns of the grid, at least 1
     * @param seed the seed of the latent codes
     * @param label the class, 0 … K−1, or −1 for classes drawn uniformly
     */
    public void writeGrid(Path file, int rows, int cols, long seed, int label) {
        ImageShape s = requireImages();
        if (rows < 1 || cols < 1) {
            throw new Refused("a grid needs at least 1 row and 1 column, found " + rows + " × " + cols);
        }
        float[] x = sample(rows * cols, seed, label);
        ImageGridPng.write(file, x, s.channels(), s.height(), s.width(), rows, cols);
    }

    /**
     * Measures {@code n} samples drawn with {@code seed} against the run's held-out real images (the test split
     * where its dataset has one), as {@code gan4j evaluate RUN --metrics … --n … --seed …} does: in the feature space
     * of the dataset's own classifier for 28×28 grey images, of Inception otherwise; features of the real images are
     * cached as the command caches them.
     *
     * @param metrics comma-separated, from {@code fid}, {@code kid}, {@code is}, {@code pr}, {@code dc}, {@code
     *     modes} and {@code class-agreement}
     * @param dataRoot where the image datasets are, or {@code null} for the run's own {@code data.root}
     * @param n samples drawn, at least 2
     * @param seed the seed of their latent codes
     * @return what {@code eval.json} would hold
     * @throws io.gan4j.UserFault when a metric is unknown, the data is missing, or a metric does not apply (an
     *     extractor of another domain, class agreement of an unconditional run, a toy run)
     *
     */
    public EvaluationResult evaluate(String metrics, int n, long seed, Path dataRoot) {
        EnumSet<Metric> m;
        try {
            m = Metric.parse(metrics);
        } catch (IllegalArgumentException e) {
            throw new Refused("metrics: " + e.getMessage());
        }
        if (m.isEmpty() || n < 2) {
            throw new Refused("need at least one metric and 2 samples, found '" + metrics + "' and " + n);
        }
        DataConfig held = generator.config().data().heldOut();
        DataConfig reference = dataRoot == null ? held : held.withRoot(dataRoot.toString());
        Evaluation.Options o =
                new Evaluation.Options(m, n, seed, 250, "auto", null, null, FeatureCache.standard(), null, false);
        return thread.call(() -> Evaluation.ofGenerator(generator, reference, o));
    }

    private ImageShape requireImages() {
        ImageShape s = generator.image();
        if (s == null) {
            throw new Refused(generator.source() + " generates 2-D points, not images: use sample()");
        }
        return s;
    }

    /** Ends the generator's thread; sampling after it fails. */
    @Override
    public void close() {
        thread.close();
    }
}
