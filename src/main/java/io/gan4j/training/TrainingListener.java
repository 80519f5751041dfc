package io.gan4j.training;

/**
 * Something that happens around the training loop: evaluation, logging, plots, progress.
 * Listeners are called in the order given to the {@link Trainer}, so one that adds figures to a
 * {@link StepLog} must come before one that writes it.
 */
public interface TrainingListener {

    /** Before the first step. */
    default void onStart(Gan gan, int totalSteps) {
    }

    /**
     * After generator step {@code step} (1-based) and its discriminator steps.
     *
     * @param log the step's figures if it is a logged step, else {@code null}
     */
    default void afterStep(Gan gan, int step, StepLog log) {
    }

    /** After the last step, or when training stops early with {@code completedSteps}. */
    default void onEnd(Gan gan, int completedSteps) {
    }
}
