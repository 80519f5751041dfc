package io.gan4j.cli;

import io.gan4j.bench.SampleBenchmark;
import io.gan4j.bench.StepBenchmark;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.OneDnnCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan4j bench}: benchmarks that print figures. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/benchmarks.md"},
        description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Step.class, BenchCommand.Sample.class, BenchToyCommand.class, BenchDdpCommand.class
        })
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a benchmark is required: step, sample, toy or ddp");
    }

    /** {@code gan4j bench step}: gan4j's training step against a hand-written libtorch loop. */
    @Command(
            name = "step",
            mixinStandardHelpOptions = true,
            description = {
                "Time gan4j's trainer against a minimal hand-written libtorch loop, per generator step.",
                "Both do the same work in the same JVM, alternating in rounds; prints their ratio and the process's "
                        + "resident memory after 10%% and 100%% of the steps. Run with a fixed heap (the gan4j "
                        + "script's default)."
            })
    static final class Step implements Callable<Integer> {

        @Option(
                names = "--preset",
                required = true,
                paramLabel = "NAME",
                description = "A preset with MLP or DCGAN networks (see: gan4j presets).")
        String preset;

        @Option(
                names = "--steps",
                defaultValue = "2000",
                paramLabel = "N",
                description = "Generator steps for each side (default: ${DEFAULT-VALUE}).")
        int steps;

        @Option(
                names = "--rounds",
                defaultValue = "10",
                paramLabel = "R",
                description = "Rounds the steps are split into (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--threads", paramLabel = "N", description = "Compute threads, as for gan4j train.")
        Integer threads;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config key (repeatable).")
        List<String> overrides = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (steps < 1 || rounds < 1 || rounds > steps) {
                throw new UserError("need 1 ≤ --rounds ≤ --steps, found --rounds " + rounds + ", --steps " + steps);
            }
            List<String> all = new ArrayList<>(overrides);
            if (threads != null) {
                all.add(RunOptions.threadsOverride(threads));
            }
            ValidConfig config = ValidConfig.read(preset, all);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "gan4j bench step: %s, %d generator steps each side in %d rounds%n",
                    preset,
                    steps,
                    rounds);
            out.flush();
            StepBenchmark.Result r = StepBenchmark.run(config, steps, rounds, System.out);
            out.printf(Locale.ROOT, "threads: %s%n", r.threads());
            out.printf(Locale.ROOT, "oneDNN: %s%n", OneDnnCheck.verdict().reason());
            out.printf(
                    Locale.ROOT,
                    "gan4j trainer      %8.3f ms per generator step (median of rounds)%n",
                    r.medianGan4jMs());
            out.printf(
                    Locale.ROOT,
                    "hand-written loop  %8.3f ms per generator step (median of rounds)%n",
                    r.medianBaselineMs());
            out.printf(
                    Locale.ROOT,
                    "ratio gan4j/hand-written: %.3f (median of per-round ratios; target ≤ 1.05)%n",
                    r.medianRatio());
            out.printf(
                    Locale.ROOT,
                    "throughput: %.0f %s per second through the gan4j trainer (batch %d)%n",
                    r.samplesPerSecond(),
                    r.data() == null ? "samples" : "images",
                    r.batchSize());
            out.printf(
                    Locale.ROOT,
                    "resident memory: %.1f MB after %d steps (10%% of the rounds), %.1f MB after %d (%+.2f%%; "
                            + "target ≤ 3%%)%n",
                    r.rssAfterTenth() / 1e6,
                    r.steps() / 10 + Math.min(50, r.steps() / 10 + 1),
                    r.rssAtEnd() / 1e6,
                    r.steps() + Math.min(50, r.steps() / 10 + 1),
                    100 * r.rssGrowth());
            if (r.data() != null) {
                out.printf(
                        Locale.ROOT,
                        "data: %s: opened in %.2f s; one epoch of %d batches prepared in %.2f s on one thread "
                                + "(%.2f ms per batch)%n",
                        r.data().dataset(),
                        r.data().loadSeconds(),
                        r.data().batches(),
                        r.data().epochSeconds(),
                        1000 * r.data().epochSeconds() / r.data().batches());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code gan4j bench sample}: the Java API's sampling latency and memory. */
    @Command(
            name = "sample",
            mixinStandardHelpOptions = true,
            description = {
                "Time io.gan4j.api.TrainedGenerator.sample against the same sampling called directly, for one "
                        + "sample and for a batch, then draw --samples samples through the API and print the "
                        + "process's resident memory after 10%% of them and at the end."
            })
    static final class Sample implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "RUN", description = "A run directory, checkpoint or exported file.")
        Path run;

        @Option(
                names = "--batch",
                defaultValue = "256",
                paramLabel = "B",
                description = "Samples per batched call (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(
                names = "--calls",
                defaultValue = "200",
                paramLabel = "N",
                description = "Timed calls of each kind (default: ${DEFAULT-VALUE}).")
        int calls;

        @Option(
                names = "--samples",
                defaultValue = "1000000",
                paramLabel = "N",
                description = "Samples drawn for the memory figure (default: ${DEFAULT-VALUE}).")
        long samples;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (batch < 1 || calls < 1 || samples < 1) {
                throw new UserError("--batch, --calls and --samples must be at least 1, found " + batch + ", " + calls
                        + ", " + samples);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("gan4j bench sample: " + run + ", " + calls + " calls of 1 and of " + batch + " samples, then "
                    + samples + " samples");
            out.flush();
            SampleBenchmark.Result r = SampleBenchmark.run(run, batch, calls, samples);
            out.printf(Locale.ROOT, "load: %.2f s (natives included)%n", r.loadSeconds());
            out.printf(
                    Locale.ROOT,
                    "1 sample:    API %8.3f ms, direct %8.3f ms (median), ratio %.3f%n",
                    r.singleMs(),
                    r.singleDirectMs(),
                    r.singleRatio());
            out.printf(
                    Locale.ROOT,
                    "%d samples: API %8.3f ms, direct %8.3f ms (median), ratio %.3f; %.0f samples per second%n",
                    r.batch(),
                    r.batchMs(),
                    r.batchDirectMs(),
                    r.batchRatio(),
                    r.samplesPerSecond());
            out.printf(
                    Locale.ROOT,
                    "resident memory: %.1f MB after %d samples, %.1f MB after %d (%+.2f%%)%n",
                    r.rssAfterTenth() / 1e6,
                    r.tenthSamples(),
                    r.rssAtEnd() / 1e6,
                    r.total(),
                    100 * r.rssGrowth());
            out.flush();
            return 0;
        }
    }
}
