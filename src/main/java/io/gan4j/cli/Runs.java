package io.gan4j.cli;

import io.gan4j.config.RunConfig;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.ToyRun;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Runs a training from the command line and prints its summary table. */
final class Runs {

    private Runs() {
    }

    static int train(RunConfig config, RunOptions options, PrintWriter out) {
        RunDirectory dir;
        try {
            dir = RunDirectory.create(options.out, config.name());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        out.println("gan4j: training " + config.name() + " (" + config.objective() + " on " + config.data().dataset()
            + ", " + config.train().steps() + " steps) into " + dir.path());
        out.flush();
        boolean terminal = System.console() != null;
        Map<String, Object> summary = ToyRun.train(config, dir, options.quiet ? null : System.err, terminal);
        printSummary(out, summary);
        out.println("report: " + dir.file("report.html"));
        out.flush();
        return 0;
    }

    static void printSummary(PrintWriter out, Map<String, Object> s) {
        out.println();
        if (s.containsKey("modes_captured")) {
            row(out, "modes captured", s.get("modes_captured") + " / " + s.get("modes_total"));
            row(out, "high-quality samples", percent(s.get("hq_fraction")));
            row(out, "reverse KL", number(s.get("reverse_kl")));
        }
        row(out, "W1 to the data", number(s.get("w1")));
        row(out, "generator steps", String.valueOf(s.get("steps")));
        row(out, "wall time", String.format(Locale.ROOT, "%.1f s (%.2f ms per step)", (Double) s.get("wall_seconds"),
            (Double) s.get("ms_per_step")));
        out.println();
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %-22s %s%n", label, value);
    }

    private static String percent(Object v) {
        return v instanceof Number n && Double.isFinite(n.doubleValue())
            ? String.format(Locale.ROOT, "%.1f %%", 100 * n.doubleValue()) : "—";
    }

    private static String number(Object v) {
        return v instanceof Number n && Double.isFinite(n.doubleValue())
            ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "—";
    }
}
