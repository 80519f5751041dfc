package io.gan4j.metrics.image;

import java.util.Arrays;

/**
 * How well a class-conditional generator obeys its class: of the samples drawn for class k, the
 * share that a classifier of the dataset labels k (the "classification accuracy" of generated
 * samples, e.g. Odena et al. 2017, AC-GAN, and Ravuri and Vinyals 2019's classification accuracy
 * score without the retraining). A generator that ignores its class scores 1/K in expectation (the
 * predictions then do not depend on the asked class); one that obeys it scores the classifier's
 * accuracy on real images.
 *
 * @param overall samples labelled as their asked class / samples, in [0, 1]
 * @param perClass for each asked class k, the share of its samples labelled k ({@code NaN} for a class with no samples)
 * @param confusion {@code confusion[asked][predicted]}: samples asked for one class and labelled another (or the same)
 */
public record ClassAgreement(double overall, double[] perClass, long[][] confusion) {

    /**
     * @param asked the class each sample was drawn for, in [0, classes)
     * @param predicted the classifier's label of each sample, in [0, classes)
     * @param classes K ≥ 1
     * @throws IllegalArgumentException for arrays of different lengths, no samples, or a class out of range
     */
    public static ClassAgreement of(int[] asked, int[] predicted, int classes) {
        if (asked.length != predicted.length || asked.length == 0 || classes < 1) {
            throw new IllegalArgumentException(
                    "class agreement needs as many predictions as samples, at least one, and " + "classes ≥ 1; found "
                            + asked.length + " samples, " + predicted.length + " predictions, " + classes + " classes");
        }
        long[][] confusion = new long[classes][classes];
        for (int i = 0; i < asked.length; i++) {
            if (asked[i] < 0 || asked[i] >= classes || predicted[i] < 0 || predicted[i] >= classes) {
                throw new IllegalArgumentException("sample " + i + ": asked class " + asked[i] + ", predicted "
                        + predicted[i] + ", outside [0, " + classes + ")");
            }
            confusion[asked[i]][predicted[i]]++;
        }
        return ofConfusion(confusion);
    }

    /**
     * The agreement of a confusion matrix: {@code confusion[asked][predicted]} counts, K × K, at
     * least one sample.
     */
    public static ClassAgreement ofConfusion(long[][] confusion) {
        int k = confusion.length;
        long total = 0;
        long agree = 0;
        double[] perClass = new double[k];
        long[][] copy = new long[k][];
        for (int i = 0; i < k; i++) {
            if (confusion[i].length != k) {
                throw new IllegalArgumentException("a confusion matrix of " + k + " classes needs rows of " + k
                        + ", found " + confusion[i].length);
            }
            copy[i] = confusion[i].clone();
            long row = Arrays.stream(copy[i]).sum();
            total += row;
            agree += copy[i][i];
            perClass[i] = row == 0 ? Double.NaN : (double) copy[i][i] / row;
        }
        if (total == 0) {
            throw new IllegalArgumentException("a confusion matrix needs at least one sample");
        }
        return new ClassAgreement((double) agree / total, perClass, copy);
    }

    /** The number of classes K. */
    public int classes() {
        return perClass.length;
    }

    /** The samples counted. */
    public long samples() {
        return Arrays.stream(confusion).flatMapToLong(Arrays::stream).sum();
    }

    /** The share expected of a generator that ignores its class: 1/K. */
    public double chance() {
        return 1.0 / classes();
    }

    /** The asked classes of n balanced samples: sample i is class i mod K. */
    public static int[] balanced(int n, int classes) {
        int[] asked = new int[n];
        for (int i = 0; i < n; i++) {
            asked[i] = i % classes;
        }
        return asked;
    }
}
