package io.gan4j.training;

import io.gan4j.Version;
import io.gan4j.config.ConfigWriter;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ThreadsConfig;
import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.data.toy.ToyDistributions;
import io.gan4j.objectives.Objectives;
import io.gan4j.reports.RunReport;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run on toy data, start to finish: resolves the threads, writes {@code config.yaml},
 * trains with the evaluation, metrics, snapshot and progress listeners, then saves the networks
 * ({@code generator.safetensors}, {@code discriminator.safetensors}), {@code summary.json} and
 * {@code report.html} (the snapshots and the report only when {@code log.report} is on).
 */
public final class ToyRun {

    /** Evaluation streams: generated samples from the torch one, real samples from the Java one. */
    private static final String EVAL_REAL = RandomStreams.EVAL + "-real";

    private ToyRun() {
    }

    /**
     * Trains {@code config} into {@code dir}.
     *
     * @param progress where the progress bar goes, or {@code null} for none
     * @param interactive whether {@code progress} is a terminal (redraw in place)
     * @return the summary, as written to {@code summary.json}
     */
    public static Map<String, Object> train(RunConfig config, RunDirectory dir, PrintStream progress, boolean interactive) {
        config.validate();
        ThreadSettings threads = config.threads().resolve();
        RunConfig resolved = withThreads(config, threads);
        Torch.init(threads);
        dir.write("config.yaml", header(threads) + ConfigWriter.toYaml(resolved));

        RandomStreams streams = new RandomStreams(resolved.seed());
        Gan gan = ToyGanFactory.build(resolved, streams);
        ToyDistribution data = ToyDistributions.byName(resolved.data().dataset());
        History history = new History();
        Snapshots snapshots = new Snapshots(dir.path(), data, resolved.log().snapshots(),
            Objectives.isCritic(resolved.objective()) ? "critic f(x)" : "D(x) logit",
            streams.torch(RandomStreams.EVAL + "-plot"), streams.java(EVAL_REAL + "-plot"));
        List<TrainingListener> listeners = new ArrayList<>(List.of(
            new ToyEvaluation(data, resolved.log().evalEvery(), resolved.log().evalSamples(), resolved.log().w1Samples(),
                streams.torch(RandomStreams.EVAL), streams.java(EVAL_REAL)),
            history,
            new MetricsFile(dir.file("metrics.jsonl"))));
        if (resolved.log().report()) {
            listeners.add(snapshots);
        }
        if (progress != null) {
            listeners.add(new ProgressBar(progress, interactive));
        }
        long start = System.nanoTime();
        new Trainer(gan, resolved.train(), resolved.log().every(), listeners).run();
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, String> meta = Map.of("gan4j_version", Version.gan4j(), "run", resolved.name());
        Safetensors.save(gan.generator(), meta, dir.file("generator.safetensors"));
        Safetensors.save(gan.discriminator(), meta, dir.file("discriminator.safetensors"));
        Map<String, Object> summary = summary(resolved, history, seconds);
        dir.write("summary.json", Json.pretty(summary));
        if (resolved.log().report()) {
            RunReport.write(dir, resolved, summary, history, snapshots.files());
        }
        return summary;
    }

    private static Map<String, Object> summary(RunConfig config, History history, double seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", config.name());
        s.put("dataset", config.data().dataset());
        s.put("objective", config.objective());
        StepLog last = history.last();
        for (String key : List.of("modes_captured", "modes_total", "hq_fraction", "reverse_kl", "w1")) {
            if (last != null && last.has(key)) {
                Object v = last.values().get(key);
                s.put(key, v);
            }
        }
        s.put("steps", config.train().steps());
        s.put("wall_seconds", seconds);
        s.put("ms_per_step", 1000 * seconds / config.train().steps());
        s.put("threads", config.threads().intraOp() + " intra-op, " + config.threads().blas() + " BLAS");
        return s;
    }

    private static RunConfig withThreads(RunConfig c, ThreadSettings t) {
        return new RunConfig(c.name(), c.seed(), new ThreadsConfig(t.intraOp(), t.blas()), c.data(), c.model(),
            c.objective(), c.regularisers(), c.optimisers(), c.train(), c.log());
    }

    private static String header(ThreadSettings threads) {
        return "# gan4j " + Version.gan4j() + " on PyTorch " + Version.pytorchPresets() + " (JavaCPP presets)\n"
            + "# the resolved configuration of this run: gan4j train <this file> repeats it\n";
    }
}
