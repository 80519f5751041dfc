package io.gan4j.data.toy;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** The argument checks shared by every {@link ToyDistribution#sample} implementation. */
final class SampleCount {

    private SampleCount() {}

    static void check(int n, RandomGenerator rng) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, found " + n);
        }
        Objects.requireNonNull(rng, "rng");
    }
}
