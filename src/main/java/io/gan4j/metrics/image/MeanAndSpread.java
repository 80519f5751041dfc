package io.gan4j.metrics.image;

/**
 * A metric's value over several subsets or splits: their mean and sample standard deviation.
 *
 * @param mean the mean over the parts
 * @param std the standard deviation over the parts (n − 1 in the denominator; 0 for one part)
 * @param parts how many subsets or splits
 */
public record MeanAndSpread(double mean, double std, int parts) {

    /** The mean and spread of {@code values}. */
    public static MeanAndSpread of(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new MeanAndSpread(mean, values.length < 2 ? 0 : Math.sqrt(ss / (values.length - 1)), values.length);
    }
}
