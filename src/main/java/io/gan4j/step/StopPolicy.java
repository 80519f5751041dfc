package io.gan4j.step;

/**
 * When the training loop stops early: in one process, when it was asked to; with data parallelism,
 * when any worker was asked to, so all stop at the same step.
 */
public interface StopPolicy {

    /** One process: stop when asked. */
    StopPolicy LOCAL = requested -> requested;

    /** Whether to stop before the next step, given whether this process was asked to (called before each step). */
    boolean stopNow(boolean requested);

    /** Called after each finished step with the steps done (with data parallelism, a sign of life to the others). */
    default void stepDone(int step) {}
}
