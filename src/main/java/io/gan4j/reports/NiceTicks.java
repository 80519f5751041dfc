package io.gan4j.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at "nice" numbers (1, 2 or 5 × 10^k), after Heckbert's "Nice Numbers for Graph Labels" (Graphics
 * Gems, 1990).
 */
public final class NiceTicks {

    private NiceTicks() {}

    /** Ticks covering [lo, hi] inside it, about {@code target} of them. */
    public static List<Double> of(double lo, double hi, int target) {
        double step = niceStep((hi - lo) / Math.max(1, target));
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(lo / step - 1e-9) * step;
        for (double t = first; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : Math.round(t / step) * step);
        }
        return ticks;
    }

    /** The nice number nearest above {@code rough}: 1, 2 or 5 × 10^k. */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** A tick label with no more digits than the step needs. */
    public static String label(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
