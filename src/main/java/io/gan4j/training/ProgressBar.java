package io.gan4j.training;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows training progress on a terminal: a bar redrawn in place at most five times a second, or,
 * when the output is not a terminal, a line at every tenth of the run. Shows the latest logged
 * losses and toy metrics and an estimate of the time left.
 */
public final class ProgressBar implements TrainingListener {

    private static final int WIDTH = 28;

    private final PrintStream out;
    private final boolean interactive;
    private int total;
    private int from = -1;
    private long startNanos;
    private long lastDraw;
    private int lastTenth = -1;
    private String figures = "";

    /** @param interactive redraw in place (a terminal) rather than print lines */
    public ProgressBar(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public void onStart(Gan gan, int fromStep, int totalSteps) {
        total = totalSteps;
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (from < 0) {
            from = step;
            startNanos = System.nanoTime();
        }
        if (log != null) {
            figures = describe(log);
        }
        long now = System.nanoTime();
        if (interactive) {
            if (now - lastDraw > 200_000_000L || step == total) {
                out.print("\r" + line(step, now) + "\u001b[K");
                out.flush();
                lastDraw = now;
            }
        } else {
            int tenth = (int) (10L * step / total);
            if (tenth != lastTenth) {
                out.println(line(step, now));
                lastTenth = tenth;
            }
        }
    }

    @Override
    public void onEnd(Gan gan, int completedSteps) {
        if (interactive) {
            out.println();
        }
    }

    private String line(int step, long now) {
        double fraction = (double) step / total;
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = (now - startNanos) / 1e9;
        double rate = (step - from) / Math.max(elapsed, 1e-9);
        double left = rate > 0 ? (total - step) / rate : Double.NaN;
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" : "") + " ".repeat(Math.max(0, WIDTH - filled - 1));
        return String.format(
                Locale.ROOT,
                "[%s] %3.0f%% step %d/%d  %s  %s left",
                bar,
                100 * fraction,
                step,
                total,
                figures,
                duration(left));
    }

    private static String describe(StepLog log) {
        StringBuilder sb =
                new StringBuilder(String.format(Locale.ROOT, "D %.3f  G %.3f", log.get("d_loss"), log.get("g_loss")));
        if (log.has("modes_captured")) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  modes %d/%d  HQ %.0f%%",
                    (long) log.get("modes_captured"),
                    (long) log.get("modes_total"),
                    100 * log.get("hq_fraction")));
        }
        if (log.has("w1")) {
            sb.append(String.format(Locale.ROOT, "  W1 %.3f", log.get("w1")));
        }
        return sb.toString();
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
