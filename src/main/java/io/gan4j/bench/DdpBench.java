package io.gan4j.bench;

import io.gan4j.distributed.Launcher;
import io.gan4j.training.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code gan4j bench ddp}: the same preset trained for the same steps as one process (the baseline,
 * with all the threads, and with one thread) and as N data-parallel processes of one thread each,
 * each a fresh {@code gan4j train} whose {@code summary.json} gives images per second and, for the
 * workers, the share of the training loop spent in collectives and the bytes all-reduced per step.
 * From those bytes it predicts the network time per step on a cluster: a ring all-reduce sends
 * 2(N − 1)/N times the payload from each rank.
 */
public final class DdpBench {

    /**
     * One row: a way of running and what its summary said.
     *
     * @param share whether it is one worker's share of the batch trained alone (context, not a baseline)
     */
    public record Row(
            String label,
            int processes,
            int threads,
            boolean share,
            double imagesPerSecond,
            double collectiveShare,
            double bytesPerStep,
            double messagesPerStep,
            double wallSeconds) {}

    private DdpBench() {}

    /**
     * Trains {@code preset} for {@code steps} steps in each way, in {@code out}; {@code extra} are more
     * {@code --set} overrides.
     */
    public static List<Row> run(
            String preset,
            List<Integer> nprocs,
            int steps,
            int cores,
            List<String> extra,
            Path out,
            PrintStream progress) {
        List<Row> rows = new ArrayList<>();
        rows.add(train(preset, 1, cores, steps, extra, out, progress));
        if (cores > 1) {
            rows.add(train(preset, 1, 1, steps, extra, out, progress));
        }
        int batch = io.gan4j.config.ConfigReader.read(preset, extra).data().batchSize();
        for (int n : nprocs) {
            if (n > 1) {
                List<String> smaller = new ArrayList<>(extra);
                smaller.add("data.batch_size=" + batch / n);
                Row alone = train(
                        preset, 1, Math.max(1, cores / n), steps, smaller, out.resolve("batch-" + batch / n), progress);
                rows.add(new Row(
                        alone.label() + ", batch " + batch / n + " (one worker's share, alone)",
                        1,
                        alone.threads(),
                        true,
                        alone.imagesPerSecond(),
                        alone.collectiveShare(),
                        alone.bytesPerStep(),
                        alone.messagesPerStep(),
                        alone.wallSeconds()));
                rows.add(train(preset, n, Math.max(1, cores / n), steps, extra, out, progress));
            }
        }
        return rows;
    }

    private static Row train(
            String preset, int n, int threads, int steps, List<String> extra, Path out, PrintStream progress) {
        Path dir = out.resolve(n + "x" + threads);
        List<String> args = new ArrayList<>(List.of(
                "train",
                preset,
                "--out",
                dir.toString(),
                "--quiet",
                "--threads",
                String.valueOf(threads),
                "--set",
                "train.steps=" + steps,
                "--set",
                "train.checkpoint_every=0",
                "--set",
                "log.grid_every=0"));
        if (n > 1) {
            args.addAll(List.of("--nproc", String.valueOf(n)));
        }
        for (String e : extra) {
            args.addAll(List.of("--set", e));
        }
        String label = n == 1
                ? "1 process, " + threads + " thread" + (threads == 1 ? "" : "s")
                : n + " processes × " + threads + " thread" + (threads == 1 ? "" : "s");
        progress.println("bench ddp: " + label + " ...");
        try {
            Files.createDirectories(out);
            Path log = out.resolve(n + "x" + threads + ".log");
            Process p = new ProcessBuilder(Launcher.gan4j(args))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            int code = p.waitFor();
            if (code != 0) {
                List<String> lines = Files.readAllLines(log);
                throw new IllegalStateException("gan4j " + String.join(" ", args) + " failed with exit code " + code
                        + ": " + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
            }
            Map<?, ?> s = Json.mapper().readValue(dir.resolve("summary.json").toFile(), Map.class);
            return new Row(
                    label,
                    n,
                    threads,
                    false,
                    number(s, "images_per_second"),
                    number(s, "collective_share"),
                    number(s, "collective_bytes_per_step"),
                    number(s, "collective_messages_per_step"),
                    number(s, "wall_seconds"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double number(Map<?, ?> s, String key) {
        return s.get(key) instanceof Number v ? v.doubleValue() : Double.NaN;
    }

    /** The table, speed-ups against the first row, and the cluster prediction, as Markdown. */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        Row base = rows.get(0);
        Row oneThread = rows.stream()
                .filter(r -> r.processes() == 1 && r.threads() == 1 && !r.share())
                .findFirst()
                .orElse(base);
        b.append("| run | images/s | × baseline | scaling efficiency | in collectives | messages/step | MB "
                + "all-reduced/step |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            double efficiency = r.imagesPerSecond() / (r.processes() * oneThread.imagesPerSecond());
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.2f | %s | %s | %s | %s |%n",
                    r.label(),
                    r.imagesPerSecond(),
                    r.imagesPerSecond() / base.imagesPerSecond(),
                    r.processes() == 1 ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * efficiency),
                    r.processes() == 1 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * r.collectiveShare()),
                    r.processes() == 1 ? "—" : String.format(Locale.ROOT, "%.1f", r.messagesPerStep()),
                    r.processes() == 1 ? "—" : String.format(Locale.ROOT, "%.2f", r.bytesPerStep() / 1e6)));
        }
        b.append("\nBaseline: the first row. Scaling efficiency: images/s ÷ (N × images/s of 1 process with 1 thread). "
                + "The row with one worker's share of the batch, alone, separates what a smaller batch per "
                + "process costs from "
                + "what the processes cost each other (communication, waiting for the slower rank, two JVMs "
                + "on the cores).\n");
        rows.stream().filter(r -> r.processes() > 1).findFirst().ifPresent(r -> {
            b.append(String.format(
                    Locale.ROOT,
                    "%nPredicted network time per step of a ring all-reduce of %.2f MB "
                            + "(each rank sends 2(N−1)/N × the payload):%n%n| N | 10 Gbit/s | 25 Gbit/s | 100 "
                            + "Gbit/s |%n|---|---|---|---|%n",
                    r.bytesPerStep() / 1e6));
            for (int n : new int[] {2, 8, 64}) {
                double sent = r.bytesPerStep() * 2.0 * (n - 1) / n * 8;
                b.append(String.format(
                        Locale.ROOT,
                        "| %d | %.2f ms | %.2f ms | %.3f ms |%n",
                        n,
                        1e3 * sent / 10e9,
                        1e3 * sent / 25e9,
                        1e3 * sent / 100e9));
            }
        });
        return b.toString();
    }

    /** Writes {@code text} to {@code file}. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
