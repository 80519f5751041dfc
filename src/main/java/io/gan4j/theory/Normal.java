package io.gan4j.theory;

/**
 * The normal distribution N(mean, sd²) on the real line: density and log-density in closed form,
 * p(x) = exp(−(x − mean)² / (2 sd²)) / (sd √(2π)).
 *
 * @param mean the mean
 * @param sd the standard deviation, &gt; 0
 */
record Normal(double mean, double sd) {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    Normal {
        if (!(sd > 0) || !Double.isFinite(sd) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException(
                    "a normal distribution needs a finite mean and sd > 0, found N(" + mean + ", " + sd + "²)");
        }
    }

    /** log p(x). */
    double logPdf(double x) {
        double u = (x - mean) / sd;
        return -0.5 * u * u - Math.log(sd) - LOG_SQRT_2PI;
    }

    /** p(x). */
    double pdf(double x) {
        return Math.exp(logPdf(x));
    }

    /** "N(0, 1)" and the like, for reports. */
    @Override
    public String toString() {
        return "N(" + format(mean) + ", " + format(sd) + "²)";
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
