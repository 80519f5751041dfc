package io.gan4j.bench;

/** A hand-written libtorch training loop that does the same work as gan4j's trainer for a config. */
interface Baseline {

    /** One generator step (0-based {@code step}) with its discriminator steps. */
    void step(int step);
}
