package io.gan4j.training;

import io.gan4j.config.TrainConfig;
import io.gan4j.step.StopPolicy;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bytedeco.javacpp.PointerScope;

/**
 * The training loop, and nothing else: for each generator step, the discriminator steps the
 * schedule asks for, then one generator step, each in its own {@code PointerScope}; then the
 * listeners. Logged steps (every {@code logEvery} and the last) get a {@link StepLog}.
 *
 * <p>A stop request (see {@link #requestStop()}, used on Ctrl-C) ends the loop at the next step
 * boundary as if that step were the last: the listeners' {@link TrainingListener#onCompleted} then
 * runs, so a checkpoint is written. The {@link StopPolicy} decides before each step whether to stop
 * (with data parallelism, whether any worker wants to) and hears of each finished step.
 *
 * <p>The divergence guard: a player's step whose loss or gradients are not finite skips its update
 * ({@link Gan#discriminatorStep}); after more than {@code train.nan_patience} generator steps in a
 * row with such a step, the loop ends with {@link TrainingDiverged}, without
 * {@link TrainingListener#onCompleted} (so no checkpoint of that state is written).
 */
public final class Trainer {

    private final Gan gan;
    private final TrainConfig train;
    private final int logEvery;
    private final List<TrainingListener> listeners;
    private final StopPolicy stopPolicy;
    private final AtomicBoolean stop = new AtomicBoolean();

    public Trainer(Gan gan, TrainConfig train, int logEvery, List<TrainingListener> listeners) {
        this(gan, train, logEvery, listeners, StopPolicy.LOCAL);
    }

    /**
     * @param stopPolicy when to stop early and what to report after each step ({@link StopPolicy#LOCAL} in one
     * process)
     */
    public Trainer(Gan gan, TrainConfig train, int logEvery, List<TrainingListener> listeners, StopPolicy stopPolicy) {
        this.gan = gan;
        this.train = train;
        this.logEvery = logEvery;
        this.listeners = List.copyOf(listeners);
        this.stopPolicy = stopPolicy;
    }

    /** Trains for {@code train.steps()} generator steps from step 0. */
    public void run() {
        run(0, train.steps());
    }

    /** Asks the loop to stop after the step in flight (thread-safe). */
    public void requestStop() {
        stop.set(true);
    }

    /**
     * Runs generator steps {@code from + 1} … {@code to} (the step count after each).
     *
     * @return the generator steps done when the loop ended ({@code to}, or fewer after a stop request)
     * @throws TrainingDiverged when the divergence guard stops the run
     */
    public int run(int from, int to) {
        for (TrainingListener l : listeners) {
            try (PointerScope scope = new PointerScope()) {
                l.onStart(gan, from, to);
            }
        }
        int completed = from;
        int nonFiniteInARow = 0;
        try {
            for (int step = from; step < to && !stopPolicy.stopNow(stop.get()); step++) {
                int done = step + 1;
                StepLog log = (done % logEvery == 0 || done == to) ? new StepLog(done) : null;
                int criticSteps = train.criticStepsAt(step);
                NonFinite nonFinite = null;
                for (int k = 0; k < criticSteps; k++) {
                    try (PointerScope scope = new PointerScope()) {
                        NonFinite d = gan.discriminatorStep(k == criticSteps - 1 ? log : null);
                        nonFinite = nonFinite == null ? d : nonFinite;
                    }
                }
                try (PointerScope scope = new PointerScope()) {
                    NonFinite g = gan.generatorStep(log);
                    nonFinite = nonFinite == null ? g : nonFinite;
                }
                nonFiniteInARow = nonFinite == null ? 0 : nonFiniteInARow + 1;
                if (nonFiniteInARow > train.nanPatience()) {
                    throw new TrainingDiverged(done, nonFinite, nonFiniteInARow, train.nanPatience(), null);
                }
                for (TrainingListener l : listeners) {
                    try (PointerScope scope = new PointerScope()) {
                        l.afterStep(gan, done, log);
                    }
                }
                completed = done;
                stopPolicy.stepDone(done);
            }
            for (TrainingListener l : listeners) {
                try (PointerScope scope = new PointerScope()) {
                    l.onCompleted(gan, completed);
                }
            }
        } finally {
            for (TrainingListener l : listeners) {
                try (PointerScope scope = new PointerScope()) {
                    l.onEnd(gan, completed);
                }
            }
        }
        return completed;
    }
}
