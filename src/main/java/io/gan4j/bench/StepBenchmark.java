package io.gan4j.bench;

import io.gan4j.Refused;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.data.image.ImageSource;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.networks.ImageShape;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import io.gan4j.training.Gan;
import io.gan4j.training.GanFactory;
import io.gan4j.training.ImageBatches;
import io.gan4j.training.ImageRunData;
import io.gan4j.training.Trainer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times gan4j's training step against {@link HandWrittenLoop} in one JVM: after a warm-up, the two
 * alternate in rounds (gan4j's {@link Trainer} for a share of the steps, then the hand-written loop
 * for as many), so that a drift in the machine's speed touches both; the figure to quote is the
 * median of the per-round ratios. The process's resident memory is read after the first tenth of
 * the rounds and at the end.
 */
public final class StepBenchmark {

    /** One round's milliseconds per generator step, each side. */
    public record Round(double gan4jMs, double baselineMs) {
        public double ratio() {
            return gan4jMs / baselineMs;
        }
    }

    /**
     * The benchmark's figures.
     *
     * @param batchSize real samples per discriminator step
     * @param data for image configs, the data pipeline's own times; {@code null} for toy data
     */
    public record Result(
            String preset,
            int steps,
            ThreadSettings threads,
            List<Round> rounds,
            long rssAfterTenth,
            long rssAtEnd,
            int batchSize,
            DataTimes data) {

        /** Images (or points) per second through the gan4j trainer: batch size per generator step. */
        public double samplesPerSecond() {
            return batchSize / (medianGan4jMs() / 1000);
        }

        public double medianGan4jMs() {
            return median(rounds.stream().mapToDouble(Round::gan4jMs).toArray());
        }

        public double medianBaselineMs() {
            return median(rounds.stream().mapToDouble(Round::baselineMs).toArray());
        }

        public double medianRatio() {
            return median(rounds.stream().mapToDouble(Round::ratio).toArray());
        }

        public double rssGrowth() {
            return (double) rssAtEnd / rssAfterTenth - 1;
        }
    }

    /**
     * The image pipeline's own cost: opening the dataset (reading and decompressing its files), and
     * preparing one epoch of batches on one thread (shuffled order, bytes to floats in [−1, 1]).
     */
    public record DataTimes(String dataset, int images, double loadSeconds, int batches, double epochSeconds) {}

    private StepBenchmark() {}

    /**
     * @param steps generator steps for each side, split over {@code rounds}
     * @param progress where to print each round as it ends, or {@code null}
     */
    public static Result run(ValidConfig valid, int steps, int rounds, PrintStream progress) {
        if (steps < rounds) {
            throw new Refused("steps (" + steps + ") must be at least the number of rounds (" + rounds + ")");
        }
        RunConfig config = valid.config();
        ThreadSettings threads =
                new ThreadSettings(config.threads().intraOp(), config.threads().blas());
        Torch.init(threads);
        Gan gan;
        Baseline baseline;
        DataTimes times = null;
        if (config.data().hasImages()) {
            long t0 = System.nanoTime();
            ImageSource source = ImageRunData.source(config.data(), config.seed(), progress);
            double load = (System.nanoTime() - t0) / 1e9;
            int b = config.data().batchSize();
            ShuffledBatches shuffled =
                    new ShuffledBatches(source, b, new RandomStreams(config.seed()).seedOf(RandomStreams.DATA));
            int epoch = (source.size() + b - 1) / b;
            long t1 = System.nanoTime();
            for (int k = 0; k < epoch; k++) {
                shuffled.batch(k);
            }
            times = new DataTimes(source.description(), source.size(), load, epoch, (System.nanoTime() - t1) / 1e9);
            ImageShape shape = new ImageShape(source.channels(), source.height(), source.width());
            gan = GanFactory.build(
                    valid,
                    new RandomStreams(config.seed()),
                    new ImageBatches(shuffled, shape, config.data().prefetch()),
                    shape,
                    null);
            baseline = new HandWrittenDcgan(
                    config,
                    new ImageBatches(
                            new ShuffledBatches(source, b, new RandomStreams(config.seed()).seedOf(RandomStreams.DATA)),
                            shape,
                            config.data().prefetch()));
        } else {
            gan = GanFactory.toy(valid, new RandomStreams(config.seed()));
            baseline = new HandWrittenLoop(config);
        }
        Trainer trainer = new Trainer(gan, config.train(), Integer.MAX_VALUE, List.of());
        int warmup = Math.min(50, steps / 10 + 1);
        trainer.run(0, warmup);
        for (int s = 0; s < warmup; s++) {
            baseline.step(s);
        }
        List<Round> results = new ArrayList<>();
        long rssTenth = -1;
        int done = 0;
        int rssRound = Math.max(1, rounds / 10);
        for (int r = 1; r <= rounds; r++) {
            int target = (int) ((long) steps * r / rounds);
            int k = target - done;
            long t0 = System.nanoTime();
            trainer.run(warmup + done, warmup + target);
            long t1 = System.nanoTime();
            for (int s = warmup + done; s < warmup + target; s++) {
                baseline.step(s);
            }
            long t2 = System.nanoTime();
            Round round = new Round((t1 - t0) / 1e6 / k, (t2 - t1) / 1e6 / k);
            results.add(round);
            done = target;
            if (r == rssRound) {
                rssTenth = ResidentMemory.bytes();
            }
            if (progress != null) {
                progress.printf(
                        Locale.ROOT,
                        "  round %2d/%d  gan4j %8.3f ms/step  hand-written %8.3f ms/step  ratio %.3f%n",
                        r,
                        rounds,
                        round.gan4jMs(),
                        round.baselineMs(),
                        round.ratio());
            }
        }
        return new Result(
                config.name(),
                steps,
                threads,
                results,
                rssTenth,
                ResidentMemory.bytes(),
                config.data().batchSize(),
                times);
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
