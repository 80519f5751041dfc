package io.gan4j.torch;

import java.util.random.RandomGenerator;

/**
 * SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators"): the
 * algorithm of {@link java.util.SplittableRandom} with its default gamma, whose one-long state can
 * be read and set, so a checkpoint can hold it. For the same seed it gives exactly the numbers
 * {@code new SplittableRandom(seed)} gives ({@code nextLong}, {@code nextInt}, and every method
 * {@link RandomGenerator} derives from them: {@code nextDouble}, {@code nextInt(bound)},
 * {@code nextGaussian}, …); a test checks it against the JDK's.
 */
public final class SplitMix64 implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The state: restoring it with {@link #setState} replays the same numbers from here. */
    public long state() {
        return state;
    }

    public void setState(long state) {
        this.state = state;
    }

    @Override
    public long nextLong() {
        return mix64(state += GOLDEN_GAMMA);
    }

    @Override
    public int nextInt() {
        return mix32(state += GOLDEN_GAMMA);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
