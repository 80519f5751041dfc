package io.gan4j.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * Numerical integration on an evenly spaced grid of the real line by the trapezoidal rule:
 * ∫ f ≈ h (f₀/2 + f₁ + … + f_{n−2} + f_{n−1}/2), with h = (hi − lo)/(n − 1). For the smooth,
 * rapidly decaying integrands of the theory experiments (Gaussian tails) the error on a wide
 * enough interval is far below the figures' tolerances.
 */
final class Quadrature {

    private Quadrature() {}

    /** n ≥ 2 evenly spaced points from lo to hi, both included. */
    static double[] grid(double lo, double hi, int n) {
        if (n < 2 || !(hi > lo)) {
            throw new IllegalArgumentException(
                    "a grid needs n ≥ 2 and hi > lo, found n " + n + " on [" + lo + ", " + hi + "]");
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        return x;
    }

    /** The trapezoidal rule for values {@code y} on an evenly spaced grid {@code x}. */
    static double trapezoid(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException(
                    "need as many values as grid points (≥ 2), found " + y.length + " and " + x.length);
        }
        double h = (x[x.length - 1] - x[0]) / (x.length - 1);
        double sum = 0.5 * (y[0] + y[y.length - 1]);
        for (int i = 1; i < y.length - 1; i++) {
            sum += y[i];
        }
        return sum * h;
    }

    /** ∫ f over the grid {@code x} by the trapezoidal rule. */
    static double integrate(double[] x, DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return trapezoid(x, y);
    }
}
