package io.gan4j.reports;

import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Gan;
import io.gan4j.training.RunFiles;
import io.gan4j.training.StepLog;
import io.gan4j.training.TrainingListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * Plots generated samples over the real distribution, with the discriminator's (or critic's)
 * score as a heat map and contours, before training and at evenly spaced steps: files
 * {@code samples-<step>.png}. Samples come from the evaluation stream.
 */
public final class Snapshots implements TrainingListener {

    /** Points per side of the score grid. */
    private static final int GRID = 120;

    private static final int POINTS = 1000;

    private final Path dir;
    private final ToyDistribution data;
    private final String scoreLabel;
    private final GeneratorOptional noise;
    private final RandomGenerator realRng;
    private final RandomGenerator freshRealRng;
    private final int snapshots;
    private final TreeSet<Integer> steps = new TreeSet<>();
    private final List<Path> files = new ArrayList<>();
    private double[] bounds;

    /**
     * @param snapshots plots after training starts, evenly spaced (plus one before the first step)
     * @param scoreLabel the colour bar's label, e.g. {@code "D(x) logit"} or {@code "critic f(x)"}
     * @param freshRealRng a second generator at the start of {@code realRng}'s stream: a resumed run
     *     draws the plot window from it, so the window is the one the run started with
     */
    public Snapshots(
            Path dir,
            ToyDistribution data,
            int snapshots,
            String scoreLabel,
            Generator noise,
            RandomGenerator realRng,
            RandomGenerator freshRealRng) {
        this.dir = dir;
        this.data = data;
        this.snapshots = snapshots;
        this.scoreLabel = scoreLabel;
        this.noise = new GeneratorOptional(noise);
        this.realRng = realRng;
        this.freshRealRng = freshRealRng;
    }

    @Override
    public void onStart(Gan gan, int fromStep, int totalSteps) {
        for (int i = 1; i <= snapshots; i++) {
            steps.add((int) Math.round((double) totalSteps * i / snapshots));
        }
        steps.add(totalSteps);
        if (fromStep == 0) {
            bounds = bounds(data.sample(5000, realRng));
            plot(gan, 0);
        } else {
            bounds = bounds(data.sample(5000, freshRealRng));
            files.addAll(RunFiles.numbered(dir, "samples-", ".png", fromStep));
        }
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (steps.contains(step)) {
            plot(gan, step);
        }
    }

    /** The PNGs written so far, in step order. */
    public List<Path> files() {
        return Collections.unmodifiableList(files);
    }

    private void plot(Gan gan, int step) {
        double[][] real = data.sample(POINTS, realRng);
        double[][] generated = Tensors.toRows(gan.generate(POINTS, noise));
        double[][] grid = FieldGrid.points(bounds[0], bounds[1], bounds[2], bounds[3], GRID, GRID);
        float[] scores = Tensors.toFloats(gan.score(Tensors.matrix(grid)));
        double[] values = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            values[i] = scores[i];
        }
        FieldGrid field = FieldGrid.of(bounds[0], bounds[1], bounds[2], bounds[3], GRID, GRID, values);
        Path file = dir.resolve(String.format(Locale.ROOT, "samples-%06d.png", step));
        SamplePlot.builder()
                .title(step == 0 ? "before training" : "step " + step)
                .real(real)
                .generated(generated)
                .field(field, scoreLabel)
                .build()
                .writePng(file);
        files.add(file);
    }

    /** A square window around the real data with a 25% margin: {xMin, xMax, yMin, yMax}. */
    private static double[] bounds(double[][] points) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            xMin = Math.min(xMin, p[0]);
            xMax = Math.max(xMax, p[0]);
            yMin = Math.min(yMin, p[1]);
            yMax = Math.max(yMax, p[1]);
        }
        double cx = (xMin + xMax) / 2;
        double cy = (yMin + yMax) / 2;
        double half = 0.625 * Math.max(xMax - xMin, yMax - yMin);
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }
}
