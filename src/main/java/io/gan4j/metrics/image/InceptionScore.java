package io.gan4j.metrics.image;

/**
 * The Inception Score (Salimans et al. 2016, "Improved Techniques for Training GANs", section 4):
 * IS = exp(E_x KL(p(y|x) ‖ p(y))), with p(y) the mean of p(y|x) over the split, computed on
 * {@code splits} equal consecutive splits of the samples (the paper's code: 10) and given as mean
 * and standard deviation over the splits. It ranges from 1 (every sample the same class
 * distribution) to the number of classes (confident and evenly spread predictions).
 */
public final class InceptionScore {

    private InceptionScore() {}

    /**
     * @param probabilities p(y|x) row by row: n rows of K values, each row summing to 1
     * @param splits how many splits; the last n mod splits samples are left out, as the reference code does
     */
    public static MeanAndSpread of(double[][] probabilities, int splits) {
        int n = probabilities.length;
        if (splits < 1 || n / splits < 1) {
            throw new IllegalArgumentException("cannot split " + n + " samples into " + splits + " parts");
        }
        int per = n / splits;
        double[] scores = new double[splits];
        for (int s = 0; s < splits; s++) {
            scores[s] = Math.exp(meanKl(probabilities, s * per, (s + 1) * per));
        }
        return MeanAndSpread.of(scores);
    }

    /** (1/|part|) Σₓ KL(p(y|x) ‖ p(y)) over rows [from, to), p(y) their mean; 0·log 0 = 0. */
    static double meanKl(double[][] p, int from, int to) {
        int k = p[from].length;
        double[] marginal = new double[k];
        for (int i = from; i < to; i++) {
            for (int c = 0; c < k; c++) {
                marginal[c] += p[i][c];
            }
        }
        for (int c = 0; c < k; c++) {
            marginal[c] /= to - from;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            for (int c = 0; c < k; c++) {
                double q = p[i][c];
                if (q > 0) {
                    sum += q * (Math.log(q) - Math.log(marginal[c]));
                }
            }
        }
        return sum / (to - from);
    }
}
