package io.gan4j.bench;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.ThreadSettings;
import io.gan4j.training.Json;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.TrainingRun;
import io.gan4j.training.TrainingSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.Stream;

/**
 * The toy benchmark: every {@link ToyBenchRow row} on every dataset over several seeds, each cell a
 * full {@link TrainingRun} in {@code cells/<dataset>/<row>/seed-<k>/}. A cell whose {@code summary.json}
 * exists is done and is not run again, so an interrupted bench resumes where it stopped (a cell cut
 * off half-way is deleted and rerun).
 *
 * <p>Budget: every cell gets the same number of discriminator updates; the generator takes
 * {@code updates / n_critic} steps (the WGAN rows therefore take fewer generator steps).
 *
 * @param datasets toy datasets (e.g. ring, grid)
 * @param rows the rows to run
 * @param seeds seeds 1..seeds
 * @param updates discriminator updates per cell
 * @param threads {@code --threads} for each cell, or {@code null}: the free cores shared among the jobs
 * @param jobs cells trained at once, each on its own thread (two small MLP runs on one BLAS thread
 *     each finish in 1.1× the time one takes on two, so two jobs nearly double the throughput on
 *     2 cores)
 */
public record ToyBench(
        List<String> datasets, List<ToyBenchRow> rows, int seeds, int updates, Integer threads, int jobs) {

    /** One finished cell's figures and wall time, as its {@code summary.json} has them. */
    public record Cell(String dataset, String row, int seed, TrainingSummary.ToyFigures figures, double wallSeconds) {
        /** The figure named as in {@code summary.json}; NaN when it was not logged. */
        double number(String figure) {
            Number v = switch (figure) {
                case "modes_captured" -> figures.modesCaptured();
                case "modes_total" -> figures.modesTotal();
                case "hq_fraction" -> figures.hqFraction();
                case "reverse_kl" -> figures.reverseKl();
                case "w1" -> figures.w1();
                case "wall_seconds" -> wallSeconds;
                default -> throw new IllegalArgumentException("no figure " + figure);
            };
            return v == null ? Double.NaN : v.doubleValue();
        }
    }

    /** Runs what is not yet done under {@code out} and returns every cell, done before or now. */
    public List<Cell> run(Path out, PrintStream progress) {
        List<Object[]> todo = new ArrayList<>();
        for (String dataset : datasets) {
            for (ToyBenchRow row : rows) {
                for (int seed = 1; seed <= seeds; seed++) {
                    todo.add(new Object[] {dataset, row, seed});
                }
            }
        }
        int total = todo.size();
        Cell[] cells = new Cell[total];
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger ranNow = new AtomicInteger();
        DoubleAdder secondsNow = new DoubleAdder();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    String dataset = (String) todo.get(index)[0];
                    ToyBenchRow row = (ToyBenchRow) todo.get(index)[1];
                    int seed = (Integer) todo.get(index)[2];
                    Path dir = out.resolve("cells")
                            .resolve(dataset)
                            .resolve(row.name())
                            .resolve("seed-" + seed);
                    Cell cell = readCell(dir, dataset, row.name(), seed);
                    boolean before = cell != null;
                    if (!before) {
                        deleteRecursively(dir);
                        TrainingSummary summary = TrainingRun.train(
                                config(row, dataset, seed), RunDirectory.create(dir, row.name()), null, false);
                        cell = new Cell(
                                dataset,
                                row.name(),
                                seed,
                                (TrainingSummary.ToyFigures) summary.figures(),
                                summary.wallSeconds());
                        ranNow.incrementAndGet();
                        secondsNow.add(summary.wallSeconds());
                    }
                    cells[index] = cell;
                    int done = finished.incrementAndGet();
                    String label =
                            String.format(Locale.ROOT, "[%d/%d] %s %s seed %d", done, total, dataset, row.name(), seed);
                    synchronized (progress) {
                        progress.println(label + ": "
                                + (before
                                        ? "done before"
                                        : describe(cell)
                                                + eta((System.nanoTime() - start) / 1e9, ranNow.get(), total - done)));
                        progress.flush();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return List.of(cells);
    }

    /** The resolved config of one cell. */
    public ValidConfig config(ToyBenchRow row, String dataset, int seed) {
        RunConfig preset = ConfigReader.read(row.preset(), row.overrides());
        int steps = Math.max(1, updates / preset.train().nCritic());
        List<String> o = new ArrayList<>(row.overrides());
        o.add("name=bench-" + row.name() + "-" + dataset);
        o.add("data.dataset=" + dataset);
        o.add("seed=" + seed);
        o.add("train.steps=" + steps);
        o.add("log={every: " + steps + ", eval_every: " + steps + ", snapshots: 0, report: false}");
        o.add("train.checkpoint_every=0");
        int blas = threads != null
                ? threads
                : Math.max(1, ThreadSettings.defaults().blas() / jobs);
        o.add("threads={intra_op: 1, blas: " + blas + "}");
        return ValidConfig.read(row.preset(), o);
    }

    private static String describe(Cell c) {
        TrainingSummary.ToyFigures f = c.figures();
        return String.format(
                Locale.ROOT,
                "%s/%s modes, HQ %.1f%%, reverse KL %.3f, W1 %.3f, %.1f s",
                f.modesCaptured(),
                f.modesTotal(),
                100 * c.number("hq_fraction"),
                c.number("reverse_kl"),
                c.number("w1"),
                c.wallSeconds());
    }

    /** The time left at the pace so far: wall seconds per cell run in this call, times the cells left. */
    private static String eta(double elapsed, int ran, int remaining) {
        return remaining == 0 || ran == 0
                ? ""
                : String.format(Locale.ROOT, " (about %.0f min left)", elapsed / ran * remaining / 60);
    }

    /** The cell a run of an earlier call left in {@code dir}, or {@code null} if it has no summary. */
    private static Cell readCell(Path dir, String dataset, String row, int seed) {
        Path file = dir.resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, Object> saved = Json.read(file);
        return new Cell(
                dataset,
                row,
                seed,
                Json.as(saved, TrainingSummary.ToyFigures.class),
                saved.get("wall_seconds") instanceof Number n ? n.doubleValue() : Double.NaN);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the unfinished cell " + dir + ": " + e.getMessage(), e);
        }
    }
}
