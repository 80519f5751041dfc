package io.gan4j.reports;

import io.gan4j.training.Every;
import io.gan4j.training.Gan;
import io.gan4j.training.StepLog;
import io.gan4j.training.TrainingListener;

/**
 * Pictures of the model redrawn when the sample grids are: before the first step of a new run,
 * every {@code every} generator steps, and at the end (once, if the last step was not already one).
 */
abstract class GridTimePicture implements TrainingListener {

    private final int every;
    private int step = -1;

    /** @param every redraw every this many generator steps (0: only before training and at the end) */
    GridTimePicture(int every) {
        this.every = every;
    }

    /** Draws the picture(s) for the current state of {@code gan}. */
    abstract void draw(Gan gan);

    @Override
    public final void onStart(Gan gan, int fromStep, int totalSteps) {
        if (fromStep == 0) {
            redraw(gan, 0);
        }
    }

    @Override
    public final void afterStep(Gan gan, int step, StepLog log) {
        if (Every.at(step, every)) {
            redraw(gan, step);
        }
    }

    @Override
    public final void onCompleted(Gan gan, int steps) {
        if (step != steps) {
            redraw(gan, steps);
        }
    }

    /** The generator step of the last drawing, or −1 if there was none (a resumed run before its first grid). */
    public int step() {
        return step;
    }

    private void redraw(Gan gan, int atStep) {
        draw(gan);
        step = atStep;
    }
}
