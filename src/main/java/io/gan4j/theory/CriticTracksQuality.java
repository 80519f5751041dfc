package io.gan4j.theory;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gan4j.config.ObjectiveConfig;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.data.toy.ToyDistributions;
import io.gan4j.metrics.toy.Wasserstein1;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Gan;
import io.gan4j.training.GanFactory;
import io.gan4j.training.StepLog;
import io.gan4j.training.Trainer;
import io.gan4j.training.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * Does the discriminator's loss say how good the generator is? Arjovsky et al., 2017 ("Wasserstein
 * GAN", section 4.2, Figures 3–4): a Wasserstein critic's loss estimates the distance it is trained
 * to approximate, W(P_r, P_g) ≈ max_f E[f(x)] − E[f(G(z))] = −(critic loss), so it falls as the samples
 * improve; a JS discriminator's loss, −(E[log D(x)] + E[log(1 − D(G(z)))]) ≈ log 4 − 2·JS, saturates
 * and says little.
 *
 * <p>Three shipped presets (wgan-gp-ring, wgan-clip-ring, gan-ns-ring), shortened, are trained and
 * every {@code every} generator steps (and at step 0) two numbers are recorded: −(the discriminator's
 * loss, without any penalty) on {@code lossSamples} real and generated samples, and the exact W₁ between
 * {@code w1Samples} generated and as many real samples ({@link Wasserstein1}). The same latent codes and
 * real samples are used at every record (common random numbers), so the curves move only as the
 * networks do. The figure is Spearman's rank correlation ρ between the two over the records.
 *
 * <p>The claim presumes a critic near its optimum. To grant that on a short budget the critic is
 * first trained alone for {@value #CRITIC_WARMUP} steps (as WGAN's schedule starts with 100 critic
 * steps per generator step) and the generator's learning rate is {@value #GENERATOR_LR_SCALE}× the
 * preset's; the same is done for every preset. Networks are {@code width} wide (the presets: 256).
 * With the presets' own rates the WGAN-GP critic lags the generator on the ring, its estimate even
 * changes sign, and ρ drops (measured 0.45 over 1000 steps, seed 1).
 *
 * <p>Even so the WGAN-GP critic tracks W₁ only while the generator approaches the ring: once its samples
 * overshoot the circle the critic, still sloping outwards, keeps lowering its estimate (below zero,
 * which no optimal critic does) while W₁ rises again. Beside ρ over the whole run ({@code spearman})
 * the summary gives the step of the smallest W₁ ({@code best_w1_step}) and the fraction of records
 * whose Wasserstein estimate is negative ({@code estimate_below_zero}), the sign of a lagging critic.
 */
public final class CriticTracksQuality {

    /** The presets trained, in order. */
    public static final List<String> PRESETS = List.of("wgan-gp-ring", "wgan-clip-ring", "gan-ns-ring");
    /** Discriminator steps before the first generator step. */
    public static final int CRITIC_WARMUP = 500;
    /** The generator's learning rate relative to its preset's. */
    public static final double GENERATOR_LR_SCALE = 0.25;

    private CriticTracksQuality() {}

    /**
     * How much to compute.
     *
     * @param steps generator steps per preset
     * @param every record every this many generator steps
     * @param width units per hidden layer of both networks
     * @param lossSamples real and generated samples for the discriminator's loss
     * @param w1Samples real and generated samples for the exact W₁
     */
    public record Budget(int steps, int every, int width, int lossSamples, int w1Samples) {

        /** Validates every field at once. */
        public Budget {
            List<String> bad = new ArrayList<>();
            if (steps < 1 || every < 1 || steps / Math.max(every, 1) < 2) {
                bad.add("steps and every must be positive with at least 2 records (steps / every ≥ 2), found steps "
                        + steps + ", every " + every);
            }
            if (width < 1) {
                bad.add("width must be at least 1, found " + width);
            }
            if (lossSamples < 1) {
                bad.add("loss samples must be at least 1, found " + lossSamples);
            }
            if (w1Samples < 2 || w1Samples > Wasserstein1.MAX_POINTS) {
                bad.add("W1 samples must be between 2 and " + Wasserstein1.MAX_POINTS + ", found " + w1Samples);
            }
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", bad));
            }
        }

        /** The command line's budget: 500 generator steps per preset, 21 records (about 2 minutes on two cores). */
        public static Budget defaults() {
            return new Budget(500, 25, 128, 4096, 1000);
        }

        /**
         * A budget for tests: 160 steps, 11 records of W₁ on 300 points (about 35 s on two cores). Not
         * narrower: a 64-wide critic is still learning after its warm-up, and its estimate rises while W₁ falls.
         */
        public static Budget reduced() {
            return new Budget(160, 16, 128, 2048, 300);
        }
    }

    /**
     * One preset's records.
     *
     * @param name the preset without its dataset suffix, e.g. {@code wgan-gp}
     * @param objective the preset's objective
     * @param steps generator steps at each record
     * @param negativeLoss −(discriminator loss) at each record
     * @param w1 exact W₁ at each record
     * @param spearman ρ(−loss, W₁) over all records
     */
    record Curve(String name, String objective, double[] steps, double[] negativeLoss, double[] w1, double spearman) {

        /** Whether the objective's D is a critic whose scores are not logits. */
        boolean critic() {
            return ObjectiveConfig.of(objective).build().isCritic();
        }

        /** The record with the smallest W₁ (the first of equals). */
        int bestRecord() {
            int best = 0;
            for (int k = 1; k < w1.length; k++) {
                if (w1[k] < w1[best]) {
                    best = k;
                }
            }
            return best;
        }

        /**
         * The fraction of records where −loss &lt; 0. For a Wasserstein critic that proves it far from its optimum:
         * sup_f E[f(x)] − E[f(G(z))] ≥ 0 (a constant f gives 0).
         */
        double fractionBelowZero() {
            return Arrays.stream(negativeLoss).filter(v -> v < 0).count() / (double) negativeLoss.length;
        }
    }

    /**
     * The figures of {@code summary.json}: the set-up, then each figure by preset name ({@link #PRESETS}).
     *
     * @param experiment {@code critic-tracks-quality}
     * @param presets the presets trained, comma-separated
     * @param objective each preset's objective
     * @param steps generator steps per preset
     * @param recordEvery generator steps between records
     * @param width units per hidden layer
     * @param criticWarmupSteps critic updates before the generator's first
     * @param generatorLrScale the generator's learning rate as a multiple of the preset's
     * @param lossSamples real and generated samples on which the loss is measured
     * @param w1Samples samples on each side of the exact W1
     * @param seed the seed of every preset
     * @param spearman Spearman's ρ between −(discriminator loss) and W1 over the records
     * @param bestW1Step the step of the smallest W1
     * @param estimateBelowZero the fraction of records where −loss &lt; 0 (critics only)
     * @param w1First W1 at the first record
     * @param w1Last W1 at the last record
     */
    public record Figures(
            String experiment,
            String presets,
            Map<String, String> objective,
            int steps,
            int recordEvery,
            int width,
            int criticWarmupSteps,
            double generatorLrScale,
            int lossSamples,
            @JsonProperty("w1_samples") int w1Samples,
            long seed,
            Map<String, Double> spearman,
            @JsonProperty("best_w1_step") Map<String, Integer> bestW1Step,
            Map<String, Double> estimateBelowZero,
            @JsonProperty("w1_first") Map<String, Double> w1First,
            @JsonProperty("w1_last") Map<String, Double> w1Last) {}

    /** Trains the three presets, writes the figures into {@code run}, finishes it and returns the figures. */
    public static Figures run(Budget budget, long seed, TheoryRun run) {
        List<Curve> curves = new ArrayList<>();
        for (String preset : PRESETS) {
            curves.add(train(preset, budget, seed));
        }
        return run.finish(CriticTracksQualityReport.write(run, budget, seed, curves));
    }

    /** The preset {@code name}, seeded, shortened and narrowed to the budget, its generator slowed. */
    static ValidConfig shortened(String name, Budget b, long seed) {
        double generatorLr = Presets.config(name).optimisers().generator().lr() * GENERATOR_LR_SCALE;
        return ValidConfig.read(
                name,
                List.of(
                        "seed=" + seed,
                        "model.generator.width=" + b.width(),
                        "model.discriminator.width=" + b.width(),
                        "optimisers.generator.lr=" + generatorLr,
                        "train.steps=" + b.steps(),
                        "train.wgan_schedule=false"));
    }

    private static Curve train(String preset, Budget b, long seed) {
        try (PointerScope outer = new PointerScope()) {
            ValidConfig valid = shortened(preset, b, seed);
            RunConfig config = valid.config();
            RandomStreams streams = new RandomStreams(seed);
            Gan gan = GanFactory.toy(valid, streams);
            Recorder recorder =
                    new Recorder(ToyDistributions.byName(config.data().dataset()), b, streams);
            for (int i = 0; i < CRITIC_WARMUP; i++) {
                try (PointerScope scope = new PointerScope()) {
                    gan.discriminatorStep(null);
                }
            }
            try (PointerScope scope = new PointerScope()) {
                recorder.afterStep(gan, 0, null);
            }
            new Trainer(gan, config.train(), b.steps(), List.of(recorder)).run();
            double[] steps = recorder.rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] negativeLoss =
                    recorder.rows.stream().mapToDouble(r -> r[1]).toArray();
            double[] w1 = recorder.rows.stream().mapToDouble(r -> r[2]).toArray();
            return new Curve(
                    preset.replace("-" + config.data().dataset(), ""),
                    config.objective().name(),
                    steps,
                    negativeLoss,
                    w1,
                    spearman(negativeLoss, w1));
        }
    }

    /**
     * Spearman's ρ: Pearson's correlation of the ranks, ties given their average rank (Apache
     * Commons Math); pairs with a non-finite value are left out. NaN with fewer than 3 pairs or a
     * constant series.
     */
    static double spearman(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "x and y must have equal lengths, found " + x.length + " and " + y.length);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        if (pairs.size() < 3) {
            return Double.NaN;
        }
        return new SpearmansCorrelation()
                .correlation(
                        pairs.stream().mapToDouble(p -> p[0]).toArray(),
                        pairs.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** Records −(loss) and W₁ every {@code every} steps on fixed real samples and fixed latent codes. */
    private static final class Recorder implements TrainingListener {
        private final Budget budget;
        private final RandomStreams streams;
        private final Tensor lossReal;
        private final double[][] w1Real;
        private final List<double[]> rows = new ArrayList<>();

        Recorder(ToyDistribution data, Budget budget, RandomStreams streams) {
            this.budget = budget;
            this.streams = streams;
            RandomGenerator real = streams.java(RandomStreams.EVAL + "-real");
            this.lossReal = Tensors.matrix(data.sampleFlat(budget.lossSamples(), real), budget.lossSamples(), 2);
            this.w1Real = data.sample(budget.w1Samples(), real);
        }

        @Override
        public void afterStep(Gan gan, int step, StepLog log) {
            if (step % budget.every() != 0) {
                return;
            }
            Tensor fake = gan.generate(
                    budget.lossSamples(), new GeneratorOptional(streams.torchFresh(RandomStreams.EVAL + "-loss")));
            double loss = gan.parts()
                    .objective()
                    .discriminatorLoss(gan.score(lossReal), gan.score(fake))
                    .item_double();
            double[][] generated = Tensors.toRows(gan.generate(
                    budget.w1Samples(), new GeneratorOptional(streams.torchFresh(RandomStreams.EVAL + "-w1"))));
            rows.add(new double[] {step, -loss, Wasserstein1.exact(generated, w1Real)});
        }
    }
}
