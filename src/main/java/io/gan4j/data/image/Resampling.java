package io.gan4j.data.image;

/**
 * The resizing rule of {@link Resized} and {@link ImageFolder}, one axis at a time, in exact
 * integer arithmetic.
 *
 * <p>Each axis maps {@code in} pixels to {@code out}. Output pixel {@code i} is a weighted sum of
 * input pixels with rational weights of a common denominator D:
 * <ul>
 *   <li><b>shrinking</b> ({@code out < in}), area averaging: output pixel i covers the input
 *       interval {@code [i·in/out, (i+1)·in/out)}; input pixel j weighs the length of its overlap
 *       with that interval over the interval's length {@code in/out} (D = in). For an integer
 *       factor this is the plain mean of each block (96→48: each 2×2 block).</li>
 *   <li><b>enlarging</b> ({@code out > in}), bilinear with PyTorch's {@code align_corners=False}
 *       ({@code F.interpolate(mode='bilinear', align_corners=False)}, no antialias): the source
 *       coordinate is {@code s = (i + 0.5)·in/out − 0.5}, clamped below at 0; with
 *       {@code j = ⌊s⌋} and {@code λ = s − j}, the output is {@code (1−λ)·x[j] + λ·x[min(j+1, in−1)]}
 *       (D = 2·out, since s is a multiple of 1/(2·out)).</li>
 *   <li>equal sizes: the pixel itself (D = 1).</li>
 * </ul>
 * A 2-D output is the product of the two axes' weights (rows and columns may shrink and enlarge
 * independently), computed exactly as a fraction {@code N / (D_rows·D_columns)} and rounded half
 * up to a byte: {@code ⌊(2N + D) / 2D⌋}.
 */
final class Resampling {

    private Resampling() {}

    /**
     * The weights of one axis: output {@code i} is {@code Σ_k weight[i][k]·x[index[i][k]] / denominator}.
     */
    record Axis(int in, int out, int[][] index, long[][] weight, long denominator) {}

    /** The weights that take {@code in} pixels to {@code out} by the rule above. */
    static Axis axis(int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("sizes must be at least 1, found " + in + " → " + out);
        }
        int[][] index = new int[out][];
        long[][] weight = new long[out][];
        if (out == in) {
            for (int i = 0; i < out; i++) {
                index[i] = new int[] {i};
                weight[i] = new long[] {1};
            }
            return new Axis(in, out, index, weight, 1);
        }
        if (out < in) {
            for (int i = 0; i < out; i++) {
                long from = (long) i * in;
                long to = (long) (i + 1) * in; // in units of 1/out input pixels
                int first = (int) (from / out);
                int last = (int) ((to - 1) / out);
                index[i] = new int[last - first + 1];
                weight[i] = new long[last - first + 1];
                for (int j = first; j <= last; j++) {
                    index[i][j - first] = j;
                    weight[i][j - first] = Math.min((long) (j + 1) * out, to) - Math.max((long) j * out, from);
                }
            }
            return new Axis(in, out, index, weight, in);
        }
        long twice = 2L * out;
        for (int i = 0; i < out; i++) {
            long source = Math.max(0, (2L * i + 1) * in - out); // s in units of 1/(2·out)
            int j = (int) (source / twice);
            long lambda = source % twice;
            int next = Math.min(j + 1, in - 1);
            if (lambda == 0 || next == j) {
                index[i] = new int[] {j};
                weight[i] = new long[] {twice};
            } else {
                index[i] = new int[] {j, next};
                weight[i] = new long[] {twice - lambda, lambda};
            }
        }
        return new Axis(in, out, index, weight, twice);
    }

    /**
     * The exact numerators of one resized plane: {@code rows.out × columns.out} values whose
     * pixel value is {@code N / (rows.denominator·columns.denominator)}.
     */
    static long[] numerators(byte[] src, int offset, Axis rows, Axis columns) {
        int inW = columns.in();
        int outW = columns.out();
        long[] across = new long[rows.in() * outW];
        for (int y = 0; y < rows.in(); y++) {
            for (int x = 0; x < outW; x++) {
                long sum = 0;
                int[] at = columns.index()[x];
                long[] w = columns.weight()[x];
                for (int k = 0; k < at.length; k++) {
                    sum += w[k] * (src[offset + y * inW + at[k]] & 0xff);
                }
                across[y * outW + x] = sum;
            }
        }
        long[] result = new long[rows.out() * outW];
        for (int y = 0; y < rows.out(); y++) {
            int[] at = rows.index()[y];
            long[] w = rows.weight()[y];
            for (int x = 0; x < outW; x++) {
                long sum = 0;
                for (int k = 0; k < at.length; k++) {
                    sum += w[k] * across[at[k] * outW + x];
                }
                result[y * outW + x] = sum;
            }
        }
        return result;
    }

    /** One plane resized, as exact values (for tests: the fraction as a double). */
    static double[] values(byte[] src, int offset, Axis rows, Axis columns) {
        long[] numerators = numerators(src, offset, rows, columns);
        double denominator = (double) rows.denominator() * columns.denominator();
        double[] values = new double[numerators.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = numerators[i] / denominator;
        }
        return values;
    }

    /** Resizes {@code channels} planes from {@code src} into {@code dst}, rounding half up. */
    static void resize(byte[] src, int srcOffset, byte[] dst, int dstOffset, int channels, Axis rows, Axis columns) {
        long denominator = rows.denominator() * columns.denominator();
        int inPlane = rows.in() * columns.in();
        int outPlane = rows.out() * columns.out();
        for (int c = 0; c < channels; c++) {
            long[] numerators = numerators(src, srcOffset + c * inPlane, rows, columns);
            for (int i = 0; i < outPlane; i++) {
                dst[dstOffset + c * outPlane + i] = (byte) ((2 * numerators[i] + denominator) / (2 * denominator));
            }
        }
    }
}
