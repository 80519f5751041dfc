package io.gan4j.reports;

import io.gan4j.networks.ConditionalLatent;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.Latent;
import io.gan4j.networks.LatentPrior;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Every;
import io.gan4j.training.Gan;
import io.gan4j.training.RunFiles;
import io.gan4j.training.StepLog;
import io.gan4j.training.TrainingListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * Image runs: a grid of samples from the same fixed latent codes before training, every
 * {@code every} generator steps and at the end ({@code grid-<step>.png}), so a reader sees one set
 * of codes develop; and at the end a latent interpolation grid ({@code interpolation.png}): each row
 * walks from one fixed code to another in 10 steps, spherically for a normal prior (White 2016,
 * "Sampling Generative Networks"), linearly for a uniform one and for InfoGAN's inputs (whose
 * one-hot codes then blend). A class-conditional run's grid shows one class per row (row r is
 * class r mod K, so {@code log.grid_rows} = K gives every class a row), and each interpolation row
 * walks between two codes of one class. Samples come from the sampling
 * generator (the EMA when on). The codes come from their own fixed stream, so drawing them never
 * touches training or evaluation.
 */
public final class SampleGrids implements TrainingListener {

    private static final int INTERPOLATION_ROWS = 8;
    private static final int INTERPOLATION_STEPS = 10;

    private final Path dir;
    private final ImageShape shape;
    private final int every;
    private final int rows;
    private final boolean spherical;
    private final Tensor codes;
    private final Tensor ends;
    private final List<Path> files = new ArrayList<>();

    /**
     * @param codesStream a generator used only here (the codes are drawn at once); create outside any PointerScope
     */
    public SampleGrids(Path dir, ImageShape shape, int every, int rows, Latent latent, Generator codesStream) {
        this.dir = dir;
        this.shape = shape;
        this.every = every;
        this.rows = rows;
        this.spherical = latent instanceof Latent.Plain && latent.noisePrior() == LatentPrior.NORMAL;
        GeneratorOptional g = new GeneratorOptional(codesStream);
        if (latent instanceof ConditionalLatent c) {
            this.codes = c.input(c.codesFor(c.byRow(rows, rows), g));
            this.ends = c.input(c.codesFor(c.byRow(INTERPOLATION_ROWS, 2), g));
        } else {
            this.codes = latent.sample((long) rows * rows, g);
            this.ends = latent.sample(2L * INTERPOLATION_ROWS, g);
        }
    }

    @Override
    public void onStart(Gan gan, int fromStep, int totalSteps) {
        if (fromStep == 0) {
            grid(gan, 0);
        } else {
            files.addAll(RunFiles.numbered(dir, "grid-", ".png", fromStep));
        }
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (Every.at(step, every)) {
            grid(gan, step);
        }
    }

    @Override
    public void onCompleted(Gan gan, int steps) {
        if (!Every.at(steps, every)) {
            grid(gan, steps);
        }
        interpolation(gan);
    }

    /** The fixed codes of the grid, (rows², latent size), row-major. */
    public Tensor codes() {
        return codes;
    }

    /** The grid PNGs so far, in step order. */
    public List<Path> files() {
        return Collections.unmodifiableList(files);
    }

    /** The interpolation PNG (written at the end). */
    public Path interpolationFile() {
        return dir.resolve("interpolation.png");
    }

    private void grid(Gan gan, int step) {
        Path file = dir.resolve(String.format(Locale.ROOT, "grid-%06d.png", step));
        ImageGridPng.write(
                file,
                Tensors.toFloats(gan.generateFrom(codes)),
                shape.channels(),
                shape.height(),
                shape.width(),
                rows,
                rows);
        if (!files.contains(file)) {
            files.add(file);
        }
    }

    private void interpolation(Gan gan) {
        List<Tensor> walk = new ArrayList<>();
        for (int r = 0; r < INTERPOLATION_ROWS; r++) {
            Tensor a = ends.select(0, 2L * r);
            Tensor b = ends.select(0, 2L * r + 1);
            for (int s = 0; s < INTERPOLATION_STEPS; s++) {
                double t = s / (double) (INTERPOLATION_STEPS - 1);
                walk.add(
                        spherical
                                ? slerp(a, b, t)
                                : a.mul(Tensors.scalar(1 - t)).add(b.mul(Tensors.scalar(t))));
            }
        }
        Tensor z = org.bytedeco.pytorch.global.torch.stack(new org.bytedeco.pytorch.TensorArrayRef(
                new org.bytedeco.pytorch.TensorVector(walk.toArray(new Tensor[0]))));
        ImageGridPng.write(
                interpolationFile(),
                Tensors.toFloats(gan.generateFrom(z)),
                shape.channels(),
                shape.height(),
                shape.width(),
                INTERPOLATION_ROWS,
                INTERPOLATION_STEPS);
    }

    /** Spherical interpolation between a and b at t ∈ [0, 1] (linear where they are almost parallel). */
    static Tensor slerp(Tensor a, Tensor b, double t) {
        double na = a.norm().item_double();
        double nb = b.norm().item_double();
        double cos = a.dot(b).item_double() / (na * nb);
        double omega = Math.acos(Math.max(-1, Math.min(1, cos)));
        if (omega < 1e-6) {
            return a.mul(Tensors.scalar(1 - t)).add(b.mul(Tensors.scalar(t)));
        }
        double s = Math.sin(omega);
        return a.mul(Tensors.scalar(Math.sin((1 - t) * omega) / s)).add(b.mul(Tensors.scalar(Math.sin(t * omega) / s)));
    }
}
