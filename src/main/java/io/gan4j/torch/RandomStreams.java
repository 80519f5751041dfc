package io.gan4j.torch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>Every stream made by {@link #java} and {@link #torch} is remembered in the order it was made,
 * so that {@link #save} can write the state of all of them to a checkpoint and {@link #restore}
 * can put them back (a run rebuilt from the same config makes the same streams in the same order).
 * Java streams are {@link SplitMix64}, which gives the numbers {@link java.util.SplittableRandom}
 * gives and whose state can be read.
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
    private final List<Object[]> made = new ArrayList<>();

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

    /** A Java random generator for the stream {@code name} (remembered for checkpoints). */
    public SplitMix64 java(String name) {
        SplitMix64 g = new SplitMix64(seedOf(name));
        made.add(new Object[] {name, g});
        return g;
    }

    /** A libtorch CPU generator for the stream {@code name}; natives must be loaded (remembered for checkpoints). */
    public Generator torch(String name) {
        // libtorch's CPU generator takes a uint64 seed; mask to keep it non-negative for clarity.
        Generator g = torch.createCPUGenerator(seedOf(name) & Long.MAX_VALUE);
        made.add(new Object[] {name, g});
        return g;
    }

    /**
     * A libtorch generator at the start of the stream {@code name}, not remembered for checkpoints:
     * for fixed codes redrawn from the same start at every evaluation.
     */
    public Generator torchFresh(String name) {
        return torch.createCPUGenerator(seedOf(name) & Long.MAX_VALUE);
    }

    /** The names of the streams made so far, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Object[] m : made) {
            names.add((String) m[0]);
        }
        return names;
    }

    /**
     * Writes every stream's state as {@code <prefix><i>.<name>}: a libtorch generator's state tensor
     * (U8), or a {@link SplitMix64}'s state as 8 little-endian bytes.
     */
    public void save(SafetensorsWriter writer, String prefix) {
        for (int i = 0; i < made.size(); i++) {
            String key = prefix + i + "." + made.get(i)[0];
            Object g = made.get(i)[1];
            if (g instanceof Generator t) {
                writer.tensor(key, t.get_state());
            } else {
                writer.bytes(
                        key,
                        ByteBuffer.allocate(8)
                                .order(ByteOrder.LITTLE_ENDIAN)
                                .putLong(((SplitMix64) g).state())
                                .array());
            }
        }
    }

    /** Restores the states {@link #save} wrote; the streams made must be the same, in the same order. */
    public void restore(SafetensorsReader reader, String prefix) {
        restore(reader, prefix, true);
    }

    /**
     * As {@link #restore(SafetensorsReader, String)}; with {@code all} false, the streams made need
     * only be the first of the saved ones, in the same order (a data-parallel worker other than rank 0
     * makes the training streams, which come first, and not the evaluation streams).
     */
    public void restore(SafetensorsReader reader, String prefix, boolean all) {
        List<String> saved = new ArrayList<>();
        for (String n : reader.names()) {
            if (n.startsWith(prefix)) {
                saved.add(n);
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            expected.add(prefix + i + "." + made.get(i)[0]);
        }
        boolean fits = all
                ? new java.util.HashSet<>(saved).equals(new java.util.HashSet<>(expected))
                : saved.containsAll(expected);
        if (!fits) {
            throw new IllegalArgumentException(
                    reader.file() + ": its random streams " + saved + " are not this run's " + expected);
        }
        for (int i = 0; i < made.size(); i++) {
            String key = expected.get(i);
            Object g = made.get(i)[1];
            if (g instanceof Generator t) {
                t.set_state(reader.tensor(key));
            } else {
                ((SplitMix64) g).setState(reader.slice(key).getLong(0));
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
