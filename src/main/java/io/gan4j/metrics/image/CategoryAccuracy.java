package io.gan4j.metrics.image;

import io.gan4j.metrics.toy.LinearAssignment;
import java.util.Arrays;

/**
 * How well a code's categories name the classes, as an unsupervised classifier is scored (InfoGAN,
 * Chen et al. 2016, section 7.1: the categorical code of MNIST "can be used as a classifier" with
 * a 5% error rate): each category is mapped to one class by the assignment that puts the most
 * samples on the diagonal (the Hungarian method, here {@link LinearAssignment} on the negated
 * confusion counts), and the accuracy is the fraction of samples whose category maps to their
 * class. With K categories and L classes the confusion is padded with zero rows or columns to a
 * square: the mapping is one-to-one, so with K &gt; L some categories map to no class, and with
 * K &lt; L some classes get no category.
 *
 * @param accuracy matched samples / samples, in [0, 1]
 * @param classOf the class each category maps to (−1: none, after padding)
 * @param samples the number of samples counted
 */
public record CategoryAccuracy(double accuracy, int[] classOf, long samples) {

    /**
     * The best one-to-one accuracy of a confusion matrix.
     *
     * @param confusion {@code confusion[category][class]}: samples of that category with that class;
     *     rectangular, non-negative, at least one sample
     */
    public static CategoryAccuracy of(long[][] confusion) {
        int k = confusion.length;
        int l = k == 0 ? 0 : confusion[0].length;
        long total = 0;
        for (long[] row : confusion) {
            if (row.length != l) {
                throw new IllegalArgumentException(
                        "a confusion matrix must be rectangular, found rows of " + l + " and " + row.length);
            }
            for (long c : row) {
                if (c < 0) {
                    throw new IllegalArgumentException("confusion counts are non-negative, found " + c);
                }
                total += c;
            }
        }
        if (k == 0 || l == 0 || total == 0) {
            throw new IllegalArgumentException(
                    "a confusion matrix needs at least one sample, found " + k + "×" + l + " with " + total);
        }
        int n = Math.max(k, l);
        double[] cost = new double[n * n];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < l; j++) {
                cost[i * n + j] = -confusion[i][j];
            }
        }
        int[] column = LinearAssignment.solve(cost, n);
        int[] classOf = new int[k];
        long matched = 0;
        for (int i = 0; i < k; i++) {
            classOf[i] = column[i] < l ? column[i] : -1;
            if (classOf[i] >= 0) {
                matched += confusion[i][classOf[i]];
            }
        }
        return new CategoryAccuracy((double) matched / total, classOf, total);
    }

    /**
     * The confusion of predicted categories against true classes.
     *
     * @param categories each sample's category in [0, k)
     * @param classes each sample's class in [0, l)
     */
    public static long[][] confusion(int[] categories, int[] classes, int k, int l) {
        if (categories.length != classes.length) {
            throw new IllegalArgumentException(categories.length + " categories but " + classes.length + " classes");
        }
        long[][] c = new long[k][l];
        for (int s = 0; s < categories.length; s++) {
            if (categories[s] < 0 || categories[s] >= k || classes[s] < 0 || classes[s] >= l) {
                throw new IllegalArgumentException("sample " + s + ": category " + categories[s] + " of " + k
                        + ", class " + classes[s] + " of " + l);
            }
            c[categories[s]][classes[s]]++;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoryAccuracy a
                && a.accuracy == accuracy
                && Arrays.equals(a.classOf, classOf)
                && a.samples == samples;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(accuracy) * 31 + Arrays.hashCode(classOf) + Long.hashCode(samples);
    }

    @Override
    public String toString() {
        return "CategoryAccuracy[accuracy=" + accuracy + ", classOf=" + Arrays.toString(classOf) + ", samples="
                + samples + "]";
    }
}
