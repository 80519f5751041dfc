package io.gan4j.cli;

import io.gan4j.theory.TheoryRun;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code gan4j theory} experiment does around its own figures: checks {@code --out}
 * before the natives load, loads them with the chosen threads, runs, then prints the wall time and
 * the report's path.
 */
abstract class TheoryExperimentCommand implements Callable<Integer> {

    @Mixin
    TheoryOptions options;

    @Spec
    CommandSpec spec;

    private final String experiment;
    private final String title;

    TheoryExperimentCommand(String experiment, String title) {
        this.experiment = experiment;
        this.title = title;
    }

    /** Runs the experiment into {@code run} (which it finishes), printing its key figures to {@code out}. */
    abstract void run(TheoryRun run, PrintWriter out);

    @Override
    public final Integer call() {
        TheoryRun run = options.createRun(experiment, title);
        options.initTorch();
        PrintWriter out = spec.commandLine().getOut();
        run(run, out);
        out.printf(
                Locale.ROOT,
                "%nwall time %.1f s; report: %s%n",
                run.wallSeconds(),
                run.path().resolve("report.html"));
        out.flush();
        return 0;
    }
}
