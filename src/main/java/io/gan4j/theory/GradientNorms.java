package io.gan4j.theory;

import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.config.OptimiserConfig;
import io.gan4j.data.toy.SwissRoll;
import io.gan4j.networks.Activation;
import io.gan4j.networks.Dense;
import io.gan4j.networks.MlpDiscriminator;
import io.gan4j.objectives.Wasserstein;
import io.gan4j.regularisers.GradientPenalty;
import io.gan4j.regularisers.WeightClipping;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Optimisers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;

/**
 * Figure 1(b) of Gulrajani et al., 2017, "Improved Training of Wasserstein GANs": the gradients of
 * a deep WGAN critic explode or vanish across its layers under weight clipping, and do not under the
 * gradient penalty.
 *
 * <p>Set-up, as the paper's section 3: the swiss roll; a 12-layer ReLU MLP critic (11 hidden layers
 * and a linear output, He-uniform initial weights U(±√(6/fan_in)) and zero biases as the authors' toy
 * code); a fixed generator P_g = P_r + N(0, I) (a fresh data point plus unit Gaussian noise); the
 * critic trained alone on L = E[f(x̃)] − E[f(x)] with either
 * <ul>
 *   <li>weight clipping at c ∈ {0.1, 0.01, 0.001}, RMSProp lr 5·10⁻⁵ (WGAN's), or</li>
 *   <li>the gradient penalty λE[(‖∇f(x̂)‖ − 1)²], λ = 10, Adam lr 10⁻⁴, β = (0.5, 0.9) (WGAN-GP's).</li>
 * </ul>
 * Width: 128 units per hidden layer by default where the paper has 512 (4× faster per step on two
 * cores; clipping's per-layer gain is ≈ c·√(width/2) for sign-random weights, so c = 0.1 explodes
 * more slowly at 128 than at 512 and needs a few hundred steps to).
 *
 * <p>Measured ({@link LayerGradients}): log₁₀ ‖∂L/∂h_{l−1}‖ at the input of every dense layer
 * l = 1 … 12 (the paper's "gradient norm" per layer: with respect to activations, as backpropagated),
 * and, for comparison, log₁₀ ‖∂L/∂W_l‖. {@code ratio_first_to_last} = ‖∂L/∂h₀‖ / ‖∂L/∂h₁₁‖: far above 1
 * is explosion, far below 1 vanishing.
 */
public final class GradientNorms {

    /** Dense layers of the critic, as in the paper. */
    public static final int DEPTH = 12;

    private static final double CLIP_LR = 5e-5;
    private static final double PENALTY_WEIGHT = 10;
    private static final SwissRoll DATA = new SwissRoll();

    /** The four critics of the figure, by name. */
    public static final List<Setting> SETTINGS = List.of(
            new Setting("clip-0.1", 0.1),
            new Setting("clip-0.01", 0.01),
            new Setting("clip-0.001", 0.001),
            new Setting("gradient-penalty", 0));

    private GradientNorms() {}

    /**
     * How much to compute.
     *
     * @param width units per hidden layer (the paper: 512)
     * @param steps critic updates per setting
     * @param batchSize real and generated samples per update
     * @param measureSamples real and generated samples on which gradients are measured
     * @param checkpoints measurements during training (the last is at the final step)
     */
    public record Budget(int width, int steps, int batchSize, int measureSamples, int checkpoints) {

        /** Validates every field at once. */
        public Budget {
            List<String> bad = new ArrayList<>();
            if (width < 1) {
                bad.add("width must be at least 1, found " + width);
            }
            if (steps < 1) {
                bad.add("steps must be at least 1, found " + steps);
            }
            if (batchSize < 1) {
                bad.add("batch size must be at least 1, found " + batchSize);
            }
            if (measureSamples < 1) {
                bad.add("measure samples must be at least 1, found " + measureSamples);
            }
            if (checkpoints < 1 || checkpoints > steps) {
                bad.add("checkpoints must be between 1 and steps (" + steps + "), found " + checkpoints);
            }
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", bad));
            }
        }

        /**
         * The command line's budget: 1000 updates per critic (about 1.5 to 2 minutes on two cores, one BLAS
         * thread).
         */
        public static Budget defaults() {
            return new Budget(128, 1000, 256, 512, 10);
        }

        /** A budget for tests: 400 updates of batch 64 (about 20 s on two cores). */
        public static Budget reduced() {
            return new Budget(128, 400, 64, 256, 4);
        }
    }

    /**
     * One critic of the figure.
     *
     * @param name its name in the summary and the plots
     * @param clip the clipping bound c, or 0 for the gradient penalty instead
     */
    public record Setting(String name, double clip) {

        /** Whether the critic is kept Lipschitz by clipping (else by the gradient penalty). */
        public boolean clipped() {
            return clip > 0;
        }
    }

    /**
     * What one critic's training gave.
     *
     * @param last the gradients measured at the final step
     * @param steps the steps of the checkpoints
     * @param log10Ratios log₁₀ of the first-to-last ratio at each checkpoint
     * @param hiddenWeights the weights of layers 2 … 11 after training
     * @param fractionAtBound the fraction of those at ±c (NaN for the gradient penalty)
     */
    record Outcome(
            Setting setting,
            LayerGradients last,
            double[] steps,
            double[] log10Ratios,
            double[] hiddenWeights,
            double fractionAtBound) {}

    /**
     * The figures of {@code summary.json}: the set-up as text, then each measured figure by setting name
     * ({@link #SETTINGS}).
     *
     * @param experiment {@code gradient-norms}
     * @param dataset {@code swissroll}
     * @param critic the critic's layers and width
     * @param fixedGenerator what the fixed generator samples
     * @param gradientOf what the norms are of
     * @param steps critic updates per setting
     * @param batchSize samples per update
     * @param seed the seed of every setting
     * @param ratioFirstToLast ‖∂L/∂h₀‖ / ‖∂L/∂h₁₁‖ at the final step
     * @param ordersOfMagnitudeSpanned max − min of log₁₀ ‖∂L/∂h_l‖ over the layers
     * @param inputGradientNorm ‖∇ₓf‖, the mean over the measured samples
     * @param fractionAtClipBound the fraction of hidden weights at ±c (clipped settings only)
     * @param log10Norms log₁₀ ‖∂L/∂h_{l−1}‖ for l = 1 … 12, rounded to 4 decimals
     * @param log10WeightGradientNorms log₁₀ ‖∂L/∂W_l‖ likewise
     * @param checkpointSteps the steps of the measurements during training
     * @param log10RatioDuringTraining log₁₀ of the first-to-last ratio at each of those steps
     */
    public record Figures(
            String experiment,
            String dataset,
            String critic,
            String fixedGenerator,
            String gradientOf,
            int steps,
            int batchSize,
            long seed,
            Map<String, Double> ratioFirstToLast,
            Map<String, Double> ordersOfMagnitudeSpanned,
            Map<String, Double> inputGradientNorm,
            Map<String, Double> fractionAtClipBound,
            Map<String, List<Double>> log10Norms,
            Map<String, List<Double>> log10WeightGradientNorms,
            List<Integer> checkpointSteps,
            Map<String, List<Double>> log10RatioDuringTraining) {}

    /** Trains the four critics, writes the figures into {@code run}, finishes it and returns the figures. */
    public static Figures run(Budget budget, long seed, TheoryRun run) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Setting s : SETTINGS) {
            outcomes.add(train(s, budget, seed));
        }
        return run.finish(GradientNormsReport.write(run, budget, seed, outcomes));
    }

    private static Outcome train(Setting setting, Budget b, long seed) {
        try (PointerScope outer = new PointerScope()) {
            RandomStreams streams = new RandomStreams(seed);
            GeneratorOptional init = new GeneratorOptional(streams.torch(RandomStreams.INIT));
            GeneratorOptional noise = new GeneratorOptional(streams.torch(RandomStreams.NOISE));
            RandomGenerator data = streams.java(RandomStreams.DATA);
            MlpDiscriminator critic = heInitialised(
                    new MlpDiscriminator(2, 1, b.width(), DEPTH - 1, Activation.RELU, false, false, init), init);
            Tensor measureReal = real(b.measureSamples(), streams.java(RandomStreams.EVAL));
            Tensor measureFake = generated(
                    b.measureSamples(),
                    streams.java(RandomStreams.EVAL),
                    new GeneratorOptional(streams.torch(RandomStreams.EVAL)));
            Optimizer optimiser = Optimisers.create(
                    setting.clipped() ? OptimiserConfig.rmsprop(CLIP_LR) : OptimiserConfig.adam(1e-4, 0.5, 0.9),
                    critic.parameters());
            WeightClipping clipping = setting.clipped() ? new WeightClipping(setting.clip()) : null;
            GradientPenalty penalty = new GradientPenalty(PENALTY_WEIGHT, false);
            Wasserstein objective = new Wasserstein();
            double[] steps = new double[b.checkpoints()];
            double[] ratios = new double[b.checkpoints()];
            LayerGradients last = null;
            int next = 0;
            for (int step = 1; step <= b.steps(); step++) {
                try (PointerScope scope = new PointerScope()) {
                    Tensor real = real(b.batchSize(), data);
                    Tensor fake = generated(b.batchSize(), data, noise);
                    Tensor loss = objective.discriminatorLoss(critic.forward(real), critic.forward(fake));
                    if (clipping == null) {
                        loss = loss.add(penalty.penalty(critic::forward, real, fake, noise));
                    }
                    optimiser.zero_grad();
                    loss.backward();
                    optimiser.step();
                    if (clipping != null) {
                        clipping.apply(critic);
                    }
                }
                if (step == checkpointStep(next, b)) {
                    try (PointerScope scope = new PointerScope()) {
                        last = LayerGradients.measure(critic.denseLayers(), measureReal, measureFake);
                    }
                    steps[next] = step;
                    ratios[next] = last.log10FirstToLast();
                    next++;
                }
            }
            double[] weights = hiddenWeights(critic.denseLayers());
            return new Outcome(
                    setting,
                    last,
                    steps,
                    ratios,
                    weights,
                    setting.clipped() ? atBound(weights, setting.clip()) : Double.NaN);
        }
    }

    /** The step of checkpoint i (0-based): evenly spaced, the last at the final step. */
    static int checkpointStep(int i, Budget b) {
        return (int) Math.round((double) b.steps() * (i + 1) / b.checkpoints());
    }

    private static MlpDiscriminator heInitialised(MlpDiscriminator critic, GeneratorOptional init) {
        try (NoGradGuard guard = new NoGradGuard()) {
            for (Dense d : critic.denseLayers()) {
                double bound = Math.sqrt(6.0 / d.weight().size(1));
                d.weight().uniform_(-bound, bound, init);
                d.bias().zero_();
            }
        }
        return critic;
    }

    private static Tensor real(int n, RandomGenerator rng) {
        return Tensors.matrix(DATA.sampleFlat(n, rng), n, 2);
    }

    /** The fixed generator: a fresh data point plus N(0, I) noise. */
    private static Tensor generated(int n, RandomGenerator rng, GeneratorOptional noise) {
        return real(n, rng).add(randn(new long[] {n, 2}, noise));
    }

    /** The weights of the hidden-to-hidden layers 2 … 11, whose fan-in is the width. */
    private static double[] hiddenWeights(List<Dense> layers) {
        List<float[]> parts = new ArrayList<>();
        int total = 0;
        for (Dense d : layers.subList(1, layers.size() - 1)) {
            float[] w = Tensors.toFloats(d.weight());
            parts.add(w);
            total += w.length;
        }
        double[] all = new double[total];
        int i = 0;
        for (float[] part : parts) {
            for (float v : part) {
                all[i++] = v;
            }
        }
        return all;
    }

    /** The fraction of {@code weights} at ±c (within 10⁻⁴ relative: c as float32). */
    static double atBound(double[] weights, double clip) {
        long at = 0;
        for (double w : weights) {
            if (Math.abs(w) >= clip * (1 - 1e-4)) {
                at++;
            }
        }
        return weights.length == 0 ? Double.NaN : (double) at / weights.length;
    }
}
