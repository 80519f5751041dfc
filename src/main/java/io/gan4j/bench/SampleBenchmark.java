package io.gan4j.bench;

import io.gan4j.api.TrainedGenerator;
import io.gan4j.torch.Torch;
import io.gan4j.training.SavedGenerator;
import java.nio.file.Path;

/**
 * The Java API's sampling: the latency of {@link TrainedGenerator#sample} for one sample and for a batch, against
 * the same {@link SavedGenerator#sample} called directly on the caller's thread (the API's cost is the hand-off to
 * the generator's own thread), alternating call by call; then the process's resident memory while the API draws
 * {@code total} samples in batches, after 10 % of them and at the end.
 */
public final class SampleBenchmark {

    private SampleBenchmark() {}

    /**
     * @param singleMs median milliseconds of a one-sample call through the API
     * @param singleDirectMs the same called directly
     * @param batchMs median milliseconds of a {@code batch}-sample call through the API
     * @param batchDirectMs the same called directly
     * @param rssAfterTenth resident bytes after 10 % of {@code total} samples
     * @param rssAtEnd resident bytes after all of them
     */
    public record Result(
            int batch,
            long total,
            double loadSeconds,
            double singleMs,
            double singleDirectMs,
            double batchMs,
            double batchDirectMs,
            long rssAfterTenth,
            long rssAtEnd) {

        public double singleRatio() {
            return singleMs / singleDirectMs;
        }

        public double batchRatio() {
            return batchMs / batchDirectMs;
        }

        public double samplesPerSecond() {
            return batch / (batchMs / 1000);
        }

        /** The samples drawn when {@link #rssAfterTenth} was read. */
        public long tenthSamples() {
            return total / batch / 10 * batch;
        }

        public double rssGrowth() {
            return (double) (rssAtEnd - rssAfterTenth) / rssAfterTenth;
        }
    }

    /** Measures the generator at {@code path}: {@code calls} timed calls of each kind, then {@code total} samples. */
    public static Result run(Path path, int batch, int calls, long total) {
        long t0 = System.nanoTime();
        try (TrainedGenerator api = TrainedGenerator.load(path)) {
            double load = (System.nanoTime() - t0) / 1e9;
            Torch.init();
            SavedGenerator direct = SavedGenerator.open(path, false);
            double[][] single = alternate(api, direct, 1, calls);
            double[][] batched = alternate(api, direct, batch, calls);
            long rounds = Math.max(10, total / batch);
            long tenth = -1;
            for (long i = 0; i < rounds; i++) {
                api.sample(batch, i);
                if (i == rounds / 10 - 1) {
                    tenth = ResidentMemory.bytes();
                }
            }
            return new Result(
                    batch,
                    rounds * batch,
                    load,
                    StepBenchmark.median(single[0]),
                    StepBenchmark.median(single[1]),
                    StepBenchmark.median(batched[0]),
                    StepBenchmark.median(batched[1]),
                    tenth,
                    ResidentMemory.bytes());
        }
    }

    /** Milliseconds of {@code calls} API calls and as many direct ones of {@code n} samples, interleaved. */
    private static double[][] alternate(TrainedGenerator api, SavedGenerator direct, int n, int calls) {
        double[][] ms = new double[2][calls];
        for (int warm = 0; warm < 5; warm++) {
            api.sample(n, warm);
            direct.sample(n, warm);
        }
        for (int i = 0; i < calls; i++) {
            long a = System.nanoTime();
            api.sample(n, i);
            long b = System.nanoTime();
            direct.sample(n, i);
            long c = System.nanoTime();
            ms[0][i] = (b - a) / 1e6;
            ms[1][i] = (c - b) / 1e6;
        }
        return ms;
    }
}
