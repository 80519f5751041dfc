package io.gan4j.data.toy;

import java.util.random.RandomGenerator;

/**
 * A distribution on the plane from which a GAN learns, with the mode structure needed to score
 * mode collapse.
 *
 * <p>Implementations are immutable and draw randomness only from the generator passed to
 * {@link #sample}, so a seeded generator gives identical samples.
 */
public interface ToyDistribution {

    /** The registered name, as accepted by {@link ToyDistributions#byName}, e.g. {@code "ring"}. */
    String name();

    /**
     * Draws {@code n} independent points.
     *
     * @param n   number of points, at least 1
     * @param rng the only source of randomness
     * @return a fresh {@code n × 2} array, one point per row
     * @throws IllegalArgumentException if {@code n < 1}
     */
    double[][] sample(int n, RandomGenerator rng);

    /**
     * The mixture's mode centres, in the same coordinates as {@link #sample} returns (that is,
     * after any rescaling the source applies).
     *
     * @return a fresh {@code K × 2} array; empty ({@code 0 × 2}) for a distribution without
     *     discrete modes
     */
    double[][] modes();

    /**
     * The per-coordinate standard deviation of every mode, in sampled coordinates.
     *
     * @return the standard deviation, or {@link Double#NaN} if the distribution has no modes
     */
    double modeStd();

    /** Whether the distribution is a mixture with discrete modes ({@link #modes()} non-empty). */
    default boolean hasModes() {
        return modes().length > 0;
    }

    /**
     * Draws {@code n} points as row-major floats {@code x0, y0, x1, y1, ...}, ready to be copied
     * into an {@code [n, 2]} tensor. Consumes the generator exactly as {@link #sample} does.
     *
     * @param n   number of points, at least 1
     * @param rng the only source of randomness
     * @return a fresh array of length {@code 2n}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    default float[] sampleFlat(int n, RandomGenerator rng) {
        double[][] points = sample(n, rng);
        float[] flat = new float[2 * n];
        for (int i = 0; i < n; i++) {
            flat[2 * i] = (float) points[i][0];
            flat[2 * i + 1] = (float) points[i][1];
        }
        return flat;
    }
}
