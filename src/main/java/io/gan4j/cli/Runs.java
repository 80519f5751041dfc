package io.gan4j.cli;

import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.Torch;
import io.gan4j.training.InfoganAccuracy;
import io.gan4j.training.Resume;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.SavedGenerator;
import io.gan4j.training.TrainingRun;
import io.gan4j.training.TrainingSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a training from the command line and prints its summary table. Ctrl-C (SIGINT or SIGTERM)
 * stops training at the end of the step in flight and writes a checkpoint before the JVM exits,
 * so {@code gan4j train --resume RUN_DIR} continues from there.
 */
final class Runs {

    /** How long Ctrl-C waits for the step in flight and the checkpoint. */
    private static final long STOP_WAIT_SECONDS = 120;

    private Runs() {}

    /**
     * The generator a finished run saved (its weight average unless {@code raw}), loading the
     * natives; a directory that is not a run, or a generator that does not load, is the user's error.
     */
    static SavedGenerator savedGenerator(Path runDir, boolean raw) {
        if (!Files.isDirectory(runDir) || !Files.isRegularFile(runDir.resolve("config.yaml"))) {
            throw new UserError(runDir + " is not a gan4j run directory (no config.yaml)");
        }
        Torch.init();
        return SavedGenerator.load(runDir, raw);
    }

    static int train(ValidConfig valid, RunOptions options, PrintWriter out) {
        RunConfig config = valid.config();
        RunDirectory dir = RunDirectory.create(options.out, config.name());
        out.println(
                "gan4j: training " + config.name() + " (" + config.objective().name() + " on "
                        + config.data().dataset() + ", " + config.train().steps() + " steps) into " + dir.path());
        out.flush();
        return run(TrainingRun.start(valid, dir, options.quiet ? null : System.err, System.console() != null), out);
    }

    static int resume(Path runDir, List<String> overrides, RunOptions options, PrintWriter out) {
        TrainingRun run = Resume.prepare(
                runDir, overrides, options.quiet ? null : System.err, System.console() != null, System.err);
        out.println("gan4j: resuming " + run.config().name() + " at step " + run.fromStep() + " of "
                + run.config().train().steps() + " in " + run.directory().path());
        out.flush();
        return run(run, out);
    }

    private static int run(TrainingRun run, PrintWriter out) {
        return run(run, out, true);
    }

    /** Runs {@code run}, stopping it with a checkpoint on Ctrl-C; prints its summary when {@code print}. */
    static int run(TrainingRun run, PrintWriter out, boolean print) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    System.err.println();
                    System.err.println("gan4j: stopping after the current step and writing a checkpoint "
                            + "(gan4j train --resume " + run.directory().path() + " continues)");
                    run.requestStop();
                    try {
                        finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "gan4j-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            TrainingSummary summary = run.execute();
            if (print) {
                printSummary(out, summary);
                out.println("report: " + run.directory().file("report.html"));
                out.flush();
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
        }
        return 0;
    }

    static void printSummary(PrintWriter out, TrainingSummary s) {
        out.println();
        if (s.figures() instanceof TrainingSummary.ToyFigures toy) {
            if (toy.modesCaptured() != null) {
                row(out, "modes captured", toy.modesCaptured() + " / " + toy.modesTotal());
                row(out, "high-quality samples", percent(toy.hqFraction()));
                row(out, "reverse KL", number(toy.reverseKl()));
            }
            if (toy.w1() != null) {
                row(out, "W1 to the data", number(toy.w1()));
            }
        }
        if (s.figures() instanceof TrainingSummary.ImageFigures image) {
            row(out, "images", image.images() + " of " + image.imageShape());
            row(out, "last D / G loss", number(image.dLoss()) + " / " + number(image.gLoss()));
            if (image.miBound() != null) {
                row(out, "last MI bound (cat.)", number(image.miBound()) + " nats");
            }
            InfoganAccuracy.Figures c = image.categories();
            if (c != null && c.categoricalAccuracyGenerated() != null) {
                row(
                        out,
                        "category → digit (G)",
                        percent(c.categoricalAccuracyGenerated()) + " (MNIST classifier on "
                                + "generated images; categories as " + c.categoricalMappingGenerated() + ")");
            }
            if (c != null && c.categoricalAccuracyReal() != null) {
                row(
                        out,
                        "category → label (Q)",
                        percent(c.categoricalAccuracyReal()) + " (Q on real test images; " + "categories as "
                                + c.categoricalMappingReal() + ")");
            }
        }
        row(
                out,
                "generator steps",
                s.steps()
                        + (s.resumedFrom() != null ? " (resumed from " + s.resumedFrom() + ")" : "")
                        + (s.stoppedAt() != null ? " (stopped early: resume to continue)" : ""));
        String rate =
                s.imagesPerSecond() != null ? String.format(Locale.ROOT, ", %.0f images/s", s.imagesPerSecond()) : "";
        row(
                out,
                "wall time",
                String.format(Locale.ROOT, "%.1f s (%.2f ms per step%s)", s.wallSeconds(), s.msPerStep(), rate));
        out.println();
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %-22s %s%n", label, value);
    }

    private static String percent(Double v) {
        return v != null && Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : "—";
    }

    private static String number(Double v) {
        return v != null && Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "—";
    }
}
