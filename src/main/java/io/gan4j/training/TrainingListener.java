package io.gan4j.training;

/**
 * Something that happens around the training loop: evaluation, logging, plots, checkpoints,
 * progress. Listeners are called in the order given to the {@link Trainer}, so one that adds
 * figures to a {@link StepLog} must come before one that writes it.
 */
public interface TrainingListener {

    /**
     * Before the first step of this call of the trainer.
     *
     * @param fromStep generator steps already done (0 for a new run, the checkpoint's step when resuming)
     * @param totalSteps the step count training runs to
     */
    default void onStart(Gan gan, int fromStep, int totalSteps) {}

    /**
     * After generator step {@code step} (1-based) and its discriminator steps.
     *
     * @param log the step's figures if it is a logged step, else {@code null}
     */
    default void afterStep(Gan gan, int step, StepLog log) {}

    /** After the last step, when training ran to the end (or stopped at a step boundary on request). */
    default void onCompleted(Gan gan, int steps) {}

    /** Last, always: after {@link #onCompleted}, or when training failed with {@code completedSteps} done. */
    default void onEnd(Gan gan, int completedSteps) {}
}
