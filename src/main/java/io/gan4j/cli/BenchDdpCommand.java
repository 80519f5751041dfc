package io.gan4j.cli;

import io.gan4j.bench.DdpBench;
import io.gan4j.config.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gan4j bench ddp}: data-parallel throughput against one process on the same machine. */
@Command(
        name = "ddp",
        mixinStandardHelpOptions = true,
        description = {
            "Train a preset for the same steps as 1 process (all threads; 1 thread) and as N data-parallel processes, "
                    + "and print images/s, the speed-up, the scaling efficiency, the share of time in all-reduce "
                    + "and the bytes "
                    + "all-reduced per step, with the network time that predicts on 10/25/100 Gbit/s. Writes ddp.md "
                    + "in --out."
        })
final class BenchDdpCommand implements Callable<Integer> {

    @Option(
            names = "--preset",
            defaultValue = "dcgan-mnist",
            paramLabel = "NAME",
            description = "The preset (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(
            names = "--nproc",
            split = ",",
            defaultValue = "1,2",
            paramLabel = "N,…",
            description = "Process counts (default: ${DEFAULT-VALUE}).")
    List<Integer> nproc;

    @Option(
            names = "--steps",
            defaultValue = "100",
            paramLabel = "N",
            description = "Generator steps of each run (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--threads", paramLabel = "N", description = "The cores to use (default: all).")
    Integer threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config key of every run (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(
            names = "--out",
            defaultValue = "runs/bench-ddp",
            paramLabel = "DIR",
            description = "Where the runs go (default: ${DEFAULT-VALUE}; must not exist).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Presets.names().contains(preset)) {
            throw new UserError("unknown preset '" + preset + "'; see: gan4j presets");
        }
        if (steps < 1 || nproc.stream().anyMatch(n -> n < 1)) {
            throw new UserError("--steps and every --nproc must be at least 1");
        }
        if (Files.exists(out)) {
            throw new UserError("--out " + out + " exists; choose a new directory");
        }
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<DdpBench.Row> rows = DdpBench.run(preset, nproc, steps, cores, overrides, out, System.err);
        String table = "# gan4j bench ddp: " + preset + ", " + steps + " steps, " + cores + " cores\n\n"
                + DdpBench.table(rows);
        DdpBench.write(out.resolve("ddp.md"), table);
        spec.commandLine().getOut().println(table);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
