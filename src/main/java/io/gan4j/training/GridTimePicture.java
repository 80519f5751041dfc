package io.gan4j.training;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A picture of the model redrawn when the sample grids are: before the first step of a new run,
 * every {@code every} generator steps, and at the end (once, if the last step was not already one).
 */
abstract class GridTimePicture implements TrainingListener {

    private final Path file;
    private final int every;
    private int step = -1;

    /** @param every redraw every this many generator steps (0: only before training and at the end) */
    GridTimePicture(Path file, int every) {
        this.file = file;
        this.every = every;
    }

    /** Draws the picture into {@code file} for the current state of {@code gan}. */
    abstract void draw(Gan gan, Path file);

    @Override
    public final void onStart(Gan gan, int fromStep, int totalSteps) {
        if (fromStep == 0) {
            redraw(gan, 0);
        }
    }

    @Override
    public final void afterStep(Gan gan, int step, StepLog log) {
        if (every > 0 && step % every == 0) {
            redraw(gan, step);
        }
    }

    @Override
    public final void onCompleted(Gan gan, int steps) {
        if (step != steps) {
            redraw(gan, steps);
        }
    }

    /** The PNG. */
    public Path file() {
        return file;
    }

    /** Whether the PNG exists. */
    public boolean written() {
        return Files.exists(file);
    }

    /** The generator step of the last picture drawn, or −1 if none was (a resumed run before its first grid). */
    public int step() {
        return step;
    }

    private void redraw(Gan gan, int atStep) {
        draw(gan, file);
        step = atStep;
    }
}
