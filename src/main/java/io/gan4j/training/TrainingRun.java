package io.gan4j.training;

import io.gan4j.Version;
import io.gan4j.config.ConfigWriter;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.reports.RunReport;
import io.gan4j.torch.Devices;
import io.gan4j.torch.OneDnnCheck;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.SafetensorsWriter;
import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.pytorch.Device;

/**
 * One training run of a {@link ValidConfig}, start to finish, or its continuation from a checkpoint:
 * writes {@code config.yaml}, trains with the data's
 * evaluation and picture listeners, the metrics file, checkpoints and a progress bar, then saves
 * the networks ({@code generator.safetensors}, {@code discriminator.safetensors}, and
 * {@code generator-ema.safetensors} with an EMA), {@code summary.json} and {@code report.html}.
 *
 * <p>Use: {@link #start} or {@link Resume#prepare}, then {@link #execute()}; {@link #requestStop()}
 * (from another thread, e.g. on Ctrl-C) ends training at the next step boundary with a checkpoint.
 */
public final class TrainingRun {

    private final ValidConfig valid;
    private final RunConfig config;
    private final RunDirectory dir;
    private final PrintStream progress;
    private final boolean interactive;
    private final Checkpoint from;
    private final SafetensorsWriter.Observer checkpointObserver;
    private Parallelism parallelism = Parallelism.NONE;
    private final List<TrainingListener> observers = new ArrayList<>();
    private volatile Trainer trainer;
    private volatile boolean stopRequested;

    private TrainingRun(
            ValidConfig config,
            RunDirectory dir,
            PrintStream progress,
            boolean interactive,
            Checkpoint from,
            SafetensorsWriter.Observer checkpointObserver) {
        this.valid = config;
        this.config = config.config();
        this.dir = dir;
        this.progress = progress;
        this.interactive = interactive;
        this.from = from;
        this.checkpointObserver = checkpointObserver;
    }

    /**
     * A new run of {@code config} into {@code dir}.
     *
     * @param progress where the progress bar goes, or {@code null} for none
     * @param interactive whether {@code progress} is a terminal (redraw in place)
     */
    public static TrainingRun start(ValidConfig config, RunDirectory dir, PrintStream progress, boolean interactive) {
        return new TrainingRun(config, dir, progress, interactive, null, null);
    }

    /**
     * As {@link #start}, telling {@code observer} about each tensor a checkpoint writes (tests stop a write
     * midway with it).
     */
    public static TrainingRun start(
            ValidConfig config,
            RunDirectory dir,
            PrintStream progress,
            boolean interactive,
            SafetensorsWriter.Observer observer) {
        return new TrainingRun(config, dir, progress, interactive, null, observer);
    }

    static TrainingRun resumed(
            ValidConfig resolved, RunDirectory dir, PrintStream progress, boolean interactive, Checkpoint from) {
        return new TrainingRun(resolved, dir, progress, interactive, from, null);
    }

    /** Trains {@code config} into {@code dir} from the start (see {@link #start}). */
    public static TrainingSummary train(
            ValidConfig config, RunDirectory dir, PrintStream progress, boolean interactive) {
        return start(config, dir, progress, interactive).execute();
    }

    public RunConfig config() {
        return config;
    }

    public RunDirectory directory() {
        return dir;
    }

    /**
     * Makes this run one process of those that share it: it joins them when it executes, trains on
     * its rows of each batch, and writes the run directory only if {@code parallelism} says so.
     */
    public TrainingRun within(Parallelism parallelism) {
        this.parallelism = parallelism;
        return this;
    }

    /**
     * Adds {@code listener} after the run's own (metrics, checkpoints, progress), so that it sees each step's figures
     * and the checkpoint of that step already written.
     */
    public TrainingRun observedBy(TrainingListener listener) {
        observers.add(listener);
        return this;
    }

    /** The step training starts from: 0, or the checkpoint's. */
    public int fromStep() {
        return from == null ? 0 : from.step();
    }

    /** Ends training after the step in flight, with a checkpoint (thread-safe; also before {@link #execute}). */
    public void requestStop() {
        stopRequested = true;
        Trainer t = trainer;
        if (t != null) {
            t.requestStop();
        }
    }

    /**
     * Runs the training. A new run that fails before its first step (its data cannot be read, its
     * networks cannot be built) leaves no run directory behind.
     *
     * @return the summary, as written to {@code summary.json}
     */
    public TrainingSummary execute() {
        try {
            return train();
        } catch (RuntimeException | Error e) {
            if (trainer == null && from == null && parallelism.writes()) {
                dir.discard();
            }
            throw e;
        }
    }

    private TrainingSummary train() {
        Torch.init(
                new ThreadSettings(config.threads().intraOp(), config.threads().blas()));
        String configYaml = ConfigWriter.toYaml(config);
        boolean writes = parallelism.writes();
        if (writes) {
            dir.write("config.yaml", header() + configYaml);
        }
        Device device = Devices.resolve(config.device(), parallelism.localDevice());
        Replicas replicas = parallelism.join();
        RandomStreams streams = new RandomStreams(config.seed());
        try (RunData data = RunData.of(config, streams, dir.path(), progress, replicas.batchRows())) {
            Gan gan = GanFactory.build(valid, streams, data.batches(), data.image(), device, replicas);
            History history = new History();
            List<TrainingListener> listeners = new ArrayList<>(writes ? data.listeners(gan) : List.of());
            if (gan.parts().ema() != null) {
                listeners.add(0, gan.parts().ema());
            }
            if (writes) {
                listeners.add(history);
                listeners.add(new MetricsFile(dir.file("metrics.jsonl")));
                listeners.add(new Checkpoints(
                        dir.path(),
                        config.train().checkpointEvery(),
                        config.train().keepCheckpoints(),
                        configYaml,
                        streams,
                        checkpointObserver));
                if (progress != null) {
                    listeners.add(new ProgressBar(progress, interactive));
                }
            }
            listeners.addAll(observers);
            int start = 0;
            if (from != null) {
                from.restore(gan, streams, writes);
                start = from.step();
                history.preload(earlierLogs(start));
            }
            trainer = new Trainer(gan, config.train(), config.log().every(), listeners, replicas);
            if (stopRequested) {
                trainer.requestStop();
            }
            replicas.trainingStarts();
            long t0 = System.nanoTime();
            int done;
            try {
                done = trainer.run(start, config.train().steps());
            } catch (TrainingDiverged e) {
                throw diverged(e, start, writes);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!writes) {
                return new TrainingSummary(
                        config.name(),
                        config.data().dataset(),
                        config.objective().name(),
                        null,
                        done,
                        null,
                        null,
                        seconds,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
            }
            return finish(gan, data, history, start, done, seconds, replicas.figures(seconds, done - start));
        }
    }

    /**
     * Records a divergence in {@code summary.json} ({@code "stopped": "diverged"}, the step, the player,
     * the term, the last good checkpoint) and returns it naming that checkpoint.
     */
    private TrainingDiverged diverged(TrainingDiverged e, int start, boolean writes) {
        List<Path> kept = Checkpoint.list(dir.path());
        Path lastGood = kept.isEmpty() ? null : kept.get(0);
        if (writes) {
            dir.write(
                    "summary.json",
                    Json.pretty(new DivergedSummary(
                            config.name(),
                            config.data().dataset(),
                            config.objective().name(),
                            "diverged",
                            e.step(),
                            e.nonFinite().player(),
                            e.nonFinite().term(),
                            e.nonFinite().tensor(),
                            String.valueOf(e.nonFinite().value()),
                            config.train().nanPatience(),
                            start > 0 ? start : null,
                            lastGood == null
                                    ? null
                                    : dir.path().relativize(lastGood).toString())));
        }
        return e.withLastGood(lastGood);
    }

    private List<StepLog> earlierLogs(int step) {
        Path metrics = dir.file("metrics.jsonl");
        List<StepLog> kept = new ArrayList<>();
        if (java.nio.file.Files.exists(metrics)) {
            for (StepLog l : MetricsFile.read(metrics)) {
                if (l.step() <= step) {
                    kept.add(l);
                }
            }
        }
        return kept;
    }

    /**
     * @param shared what sharing the run with other processes cost ({@link Replicas#figures}; {@code null} for one)
     */
    private TrainingSummary finish(
            Gan gan, RunData data, History history, int start, int done, double seconds, Replicas.Cost shared) {
        Map<String, String> meta =
                Map.of("gan4j_version", Version.gan4j(), "run", config.name(), "step", String.valueOf(done));
        Safetensors.save(gan.generator(), meta, dir.file("generator.safetensors"));
        Safetensors.save(gan.discriminator(), meta, dir.file("discriminator.safetensors"));
        if (gan.parts().ema() != null) {
            Safetensors.save(gan.parts().ema().average(), meta, dir.file("generator-ema.safetensors"));
        }
        int part = Math.max(1, done - start);
        TrainingSummary summary = new TrainingSummary(
                config.name(),
                config.data().dataset(),
                config.objective().name(),
                data.summarise(history),
                done,
                start > 0 ? start : null,
                done < config.train().steps() ? done : null,
                seconds,
                1000 * seconds / part,
                data.image() != null ? (double) config.data().batchSize() * part / seconds : null,
                config.threads().intraOp() + " intra-op, " + config.threads().blas() + " BLAS"
                        + (parallelism == Parallelism.NONE ? "" : " in each process"),
                OneDnnCheck.verdict().reason(),
                shared,
                Devices.describe(gan.parts().device()));
        dir.write("summary.json", Json.pretty(summary));
        if (config.log().report()) {
            RunReport.write(dir, config, summary, history, data.pictures(), data.figures());
        }
        return summary;
    }

    private static String header() {
        return "# gan4j " + Version.gan4j() + " on PyTorch " + Version.pytorchPresets() + " (JavaCPP presets)\n"
                + "# the resolved configuration of this run: gan4j train <this file> repeats it\n";
    }
}
