package io.gan4j.data.image;

import java.util.SplittableRandom;

/**
 * The order in which one epoch visits the images: a permutation of 0..n−1 that depends only on
 * (seed, epoch), so a resumed run reproduces it exactly.
 *
 * <p>Epoch {@code e}'s permutation is the Fisher–Yates shuffle ({@link #shuffle}) of the
 * identity, drawn from {@code new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L · (e + 1)))}
 * (the product wrapping in 64 bits; SplittableRandom then scrambles the seed further through its
 * own mixing function).
 */
public final class EpochOrder {

    /** The odd constant that spreads the epochs' seeds apart: 2⁶⁴ divided by the golden ratio. */
    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final int n;

    /**
     * The order of {@code n} images under {@code seed}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public EpochOrder(long seed, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("an epoch needs at least 1 image, found " + n);
        }
        this.seed = seed;
        this.n = n;
    }

    /** Images per epoch. */
    public int size() {
        return n;
    }

    /** Epoch {@code epoch}'s permutation of 0..n−1, a fresh array. */
    public int[] permutation(long epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be at least 0, found " + epoch);
        }
        return shuffle(n, new SplittableRandom(seed ^ (GOLDEN_GAMMA * (epoch + 1))));
    }

    /**
     * The Fisher–Yates shuffle of 0..n−1: for {@code i} from n−1 down to 1, swap element
     * {@code i} with element {@code random.nextInt(i + 1)}.
     */
    static int[] shuffle(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
