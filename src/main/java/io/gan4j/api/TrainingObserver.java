package io.gan4j.api;

/**
 * Watches a {@link Training} from Java. Called on the training's own thread, after the run's files for the step
 * are written; a slow observer slows training. To stop early, call {@link Training#requestStop()} (from here or
 * any thread): training ends after the step in flight with a checkpoint.
 */
@FunctionalInterface
public interface TrainingObserver {

    /**
     * After each logged step ({@code log.every}) and the last one.
     *
     * @param progress the step and its figures
     */
    void onStep(TrainingProgress progress);

    /**
     * Once, after the last step (the run's {@code summary.json} is written after this).
     *
     * @param steps the steps done
     */
    default void onFinished(int steps) {}
}
