package io.gan4j.training;

import io.gan4j.config.RunConfig;
import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.data.toy.ToyDistributions;
import io.gan4j.networks.ImageShape;
import io.gan4j.objectives.Objective;
import io.gan4j.reports.Snapshots;
import io.gan4j.step.BatchRows;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.SplitMix64;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Toy points: batches from the distribution, the PacGAN metrics and W1, the sample plots. */
final class ToyRunData implements RunData {

    /** Evaluation streams: generated samples from the torch one, real samples from the Java one. */
    static final String EVAL_REAL = RandomStreams.EVAL + "-real";

    private final RunConfig config;
    private final RandomStreams streams;
    private final Path dir;
    private final ToyDistribution data;
    private final ToyBatches batches;
    private Snapshots snapshots;

    ToyRunData(RunConfig config, RandomStreams streams, Path dir, BatchRows mine) {
        this.config = config;
        this.streams = streams;
        this.dir = dir;
        this.data = ToyDistributions.byName(config.data().dataset());
        this.batches = new ToyBatches(
                data, streams.java(RandomStreams.DATA), config.data().batchSize(), mine);
    }

    @Override
    public BatchSource batches() {
        return batches;
    }

    @Override
    public ImageShape image() {
        return null;
    }

    @Override
    public String describe() {
        return data.name();
    }

    @Override
    public List<TrainingListener> listeners(Gan gan) {
        List<TrainingListener> listeners = new ArrayList<>();
        listeners.add(new ToyEvaluation(
                data,
                config.log().evalEvery(),
                config.log().evalSamples(),
                config.log().w1Samples(),
                streams.torch(RandomStreams.EVAL),
                streams.java(EVAL_REAL)));
        if (config.log().report()) {
            Objective objective = config.objective().build();
            snapshots = new Snapshots(
                    dir,
                    data,
                    config.log().snapshots(),
                    objective.scoresAreEnergies()
                            ? "energy D(x), low = real"
                            : objective.isCritic() ? "critic f(x)" : "D(x) logit",
                    streams.torch(RandomStreams.EVAL + "-plot"),
                    streams.java(EVAL_REAL + "-plot"),
                    new SplitMix64(streams.seedOf(EVAL_REAL + "-plot")));
            listeners.add(snapshots);
        }
        return listeners;
    }

    @Override
    public TrainingSummary.ToyFigures summarise(History history) {
        StepLog last = history.last();
        if (last == null) {
            return new TrainingSummary.ToyFigures(null, null, null, null, null);
        }
        return new TrainingSummary.ToyFigures(
                last.count("modes_captured"),
                last.count("modes_total"),
                last.value("hq_fraction"),
                last.value("reverse_kl"),
                last.value("w1"));
    }

    @Override
    public List<Path> pictures() {
        return snapshots == null ? List.of() : snapshots.files();
    }
}
