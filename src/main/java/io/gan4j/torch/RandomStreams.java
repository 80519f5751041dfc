package io.gan4j.torch;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.global.torch;

/**
 * Independent random streams derived from one seed, one per purpose, so that changing how one
 * is used (say, evaluating more often) leaves the others, and so the training, unchanged.
 *
 * <p>A stream's seed is a hash of the run seed and the stream's name (SplitMix64's finaliser over
 * the seed and an FNV-1a hash of the name): the same (seed, name) always gives the same stream,
 * whatever other streams were created before it. The names used by gan4j are
 * {@link #INIT}, {@link #DATA}, {@link #NOISE} and {@link #EVAL}.
 */
public final class RandomStreams {

    /** Initial weights of the networks. */
    public static final String INIT = "init";
    /** Training data: toy samples, shuffling. */
    public static final String DATA = "data";
    /** Latent noise and interpolation coefficients of training steps. */
    public static final String NOISE = "noise";
    /** Everything done to evaluate or plot, which must never perturb training. */
    public static final String EVAL = "eval";

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The 64-bit seed of the stream called {@code name}. */
    public long seedOf(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(seed ^ mix(h));
    }

    /** A Java random generator for the stream {@code name}. */
    public RandomGenerator java(String name) {
        return new SplittableRandom(seedOf(name));
    }

    /** A libtorch CPU generator for the stream {@code name}; natives must be loaded. */
    public Generator torch(String name) {
        // libtorch's CPU generator takes a uint64 seed; mask to keep it non-negative for clarity.
        return torch.createCPUGenerator(seedOf(name) & Long.MAX_VALUE);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
