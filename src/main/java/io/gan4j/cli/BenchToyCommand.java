package io.gan4j.cli;

import io.gan4j.Version;
import io.gan4j.bench.ToyBench;
import io.gan4j.bench.ToyBenchRow;
import io.gan4j.bench.ToyBenchTable;
import io.gan4j.data.toy.ToyDistributions;
import io.gan4j.files.AtomicFiles;
import io.gan4j.training.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gan4j bench toy}: objectives × regularisers on the toy mixtures, over seeds, beside the published tables. */
@Command(
        name = "toy",
        mixinStandardHelpOptions = true,
        description = {
            "Train every objective (and PacGAN packing) on the toy mixtures over several seeds; print the table.",
            "Each cell is a run directory under OUT/cells; rerunning with the same --out resumes where it stopped. "
                    + "Writes OUT/bench-toy.md, OUT/bench-toy.html and OUT/summary.json."
        })
final class BenchToyCommand implements Callable<Integer> {

    @Option(
            names = "--datasets",
            split = ",",
            defaultValue = "ring,grid",
            paramLabel = "NAMES",
            description = "Toy datasets (default: ${DEFAULT-VALUE}).")
    List<String> datasets;

    @Option(
            names = "--objectives",
            split = ",",
            paramLabel = "NAMES",
            description = "Rows to run (default: all): minimax, non-saturating, combined-kl, wgan-clip, wgan-gp, "
                    + "wgan-gp-one-sided, sngan-hinge, lsgan, pacgan2, pacgan4.")
    List<String> objectives;

    @Option(
            names = "--seeds",
            defaultValue = "10",
            paramLabel = "N",
            description = "Seeds 1..N (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(
            names = "--updates",
            defaultValue = "2000",
            paramLabel = "N",
            description = "Discriminator updates per run; the generator takes N / n_critic steps (default: "
                    + "${DEFAULT-VALUE}).")
    int updates;

    @Option(
            names = "--out",
            defaultValue = "runs/bench-toy",
            paramLabel = "DIR",
            description = "Where the cells and tables go; an existing one is resumed (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "BLAS threads of each cell (default: the free cores / --jobs).")
    Integer threads;

    @Option(names = "--jobs", paramLabel = "J", description = "Cells trained at once (default: the free cores).")
    Integer jobs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        validate();
        List<ToyBenchRow> rows = objectives == null
                ? ToyBenchRow.ALL
                : objectives.stream().map(BenchToyCommand::row).toList();
        int j = jobs != null ? jobs : io.gan4j.torch.ThreadSettings.defaults().blas();
        ToyBench bench = new ToyBench(datasets, rows, seeds, updates, threads, j);
        checkProtocol();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "gan4j bench toy: %d datasets × %d rows × %d seeds, %d discriminator updates per run, into %s%n",
                datasets.size(), rows.size(), seeds, updates, out());
        out.flush();
        List<ToyBench.Cell> cells = bench.run(out(), System.out);
        Map<String, ToyBenchTable.Row> aggregate = ToyBenchTable.aggregate(cells);
        String protocol = protocol(
                j,
                bench.config(rows.get(0), datasets.get(0), 1).config().threads().blas());
        AtomicFiles.write(
                out().resolve("bench-toy.md"),
                "# gan4j bench toy\n\n" + protocol + "\n\n" + ToyBenchTable.markdown(aggregate));
        AtomicFiles.write(out().resolve("bench-toy.html"), ToyBenchTable.html(aggregate, protocol));
        AtomicFiles.write(out().resolve("summary.json"), Json.pretty(new Summary(updates, seeds, aggregate)));
        out.println();
        out.print(ToyBenchTable.markdown(aggregate));
        out.println("table: " + out().resolve("bench-toy.md") + ", " + out().resolve("bench-toy.html"));
        out.flush();
        return 0;
    }

    /** {@code summary.json}: the budget and the table's rows by {@code dataset/row}. */
    record Summary(int updates, int seeds, Map<String, ToyBenchTable.Row> rows) {}

    private Path out() {
        return out;
    }

    private String protocol(int jobs, int blas) {
        return "gan4j " + Version.gan4j() + ". " + jobs + " cell(s) trained at a time, each on 1 intra-op and " + blas
                + " BLAS thread(s). Each row is its shipped ring preset (MLP G and D, width 256, depth 3, "
                + "batch 256, latent N(0, I) in 2-D; the preset's objective, regulariser and optimiser), trained on "
                + "the dataset "
                + "with " + updates
                + " discriminator updates (generator steps = updates / n_critic), then measured on 2500 "
                + "samples (modes, HQ, reverse KL; PacGAN protocol) and 1000 samples (exact W1). The PacGAN paper "
                + "instead uses "
                + "G 4×400 ReLU + BN, D 3×200 maxout-5, batch 100, Adam 1e-4 β1 0.8 for 400 epochs of 100,000 samples "
                + "(400,000 steps): our budget is about 200× smaller so that the whole bench fits in two hours on 2 "
                + "cores.";
    }

    private static ToyBenchRow row(String name) {
        try {
            return ToyBenchRow.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--objectives: " + e.getMessage());
        }
    }

    private void validate() {
        for (String d : datasets) {
            if (!ToyDistributions.names().contains(d)) {
                throw new UserError("--datasets: unknown dataset '" + d + "'; known: "
                        + String.join(", ", ToyDistributions.names()));
            }
        }
        if (seeds < 1) {
            throw new UserError("--seeds must be at least 1, found " + seeds);
        }
        if (updates < 5) {
            throw new UserError("--updates must be at least 5, found " + updates);
        }
        if (jobs != null && jobs < 1) {
            throw new UserError("--jobs must be at least 1, found " + jobs);
        }
        if (threads != null && threads < 1) {
            throw new UserError("--threads must be at least 1, found " + threads);
        }
    }

    /** A resumed bench must keep its budget: cells trained with another one would not compare. */
    private void checkProtocol() {
        Path file = out().resolve("bench.json");
        try {
            if (Files.isRegularFile(file)) {
                Map<String, Object> saved = Json.read(file);
                Object u = saved.get("updates");
                if (!(u instanceof Number n) || n.intValue() != updates) {
                    throw new UserError(out() + " holds a bench with --updates " + u + "; resume it with the same "
                            + "--updates or choose another --out");
                }
            } else {
                Files.createDirectories(out());
                AtomicFiles.write(file, Json.pretty(Map.of("updates", updates)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }
}
