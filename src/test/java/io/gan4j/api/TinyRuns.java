package io.gan4j.api;

import java.nio.file.Path;

/** Runs small enough for a test to train in about a second. */
public final class TinyRuns {

    private TinyRuns() {}

    /** The demo (the ring, non-saturating GAN), {@code steps} steps logged and measured at the last, one thread. */
    public static Training demo(Path dir, int steps) {
        return Training.preset("demo")
                .set("train.steps", steps)
                .set("log", "{every: " + steps + ", eval_every: " + steps + ", snapshots: 0, report: false}")
                .set("threads", "{intra_op: 1, blas: 1}")
                .into(dir);
    }
}
