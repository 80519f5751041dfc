package io.gan4j.theory;

import static org.bytedeco.pytorch.global.torch.linalg_svdvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gan4j.config.ValidConfig;
import io.gan4j.networks.Dense;
import io.gan4j.regularisers.SpectralNorm;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Gan;
import io.gan4j.training.GanFactory;
import io.gan4j.training.StepLog;
import io.gan4j.training.Trainer;
import io.gan4j.training.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * How exact is spectral normalisation's σ? Miyato et al., 2018 ("Spectral Normalization for GANs",
 * section 2.1 and Algorithm 1) estimate σ(W), the largest singular value, by one power-iteration
 * step per update from the previous ũ: ṽ ← Wᵀũ/‖Wᵀũ‖, ũ ← Wṽ/‖Wṽ‖, σ̃ = ũᵀWṽ, "because the change
 * of W in each update is small" ({@link SpectralNorm}).
 *
 * <p>The sngan-hinge-ring preset (shortened, {@code width} wide) is trained and every {@code every}
 * generator steps each layer's σ̃ is compared with the exact σ₁ = the largest of
 * {@code torch.linalg.svdvals(W)}, in float64 on the float32 weight. σ̃ is the value the layer's next
 * discriminator step divides by: one power-iteration step from its current ũ on its current W,
 * computed on copies so training is unchanged. Reported: the relative error |σ̃ − σ₁|/σ₁ (its
 * maximum after step {@value #SETTLE_STEPS} is {@code max_relative_error}), σ₂/σ₁, and the last update's
 * size relative to the spectral gap, ‖W_t − W_{t−1}‖₂ / (σ₁ − σ₂): power iteration can follow σ₁'s
 * singular vectors only when that ratio is well below 1 (Davis–Kahan: a perturbation E turns the top
 * singular vectors by up to about ‖E‖₂/(σ₁ − σ₂)).
 */
public final class SpectralNormAccuracy {

    /** The preset trained. */
    public static final String PRESET = "sngan-hinge-ring";
    /** {@code max_relative_error} counts logged steps after this many. */
    public static final int SETTLE_STEPS = 100;

    private SpectralNormAccuracy() {}

    /**
     * How much to compute.
     *
     * @param steps generator steps (one discriminator step each, as the preset)
     * @param every measure every this many generator steps
     * @param width units per hidden layer of both networks (the preset: 256)
     */
    public record Budget(int steps, int every, int width) {

        /** Validates every field at once. */
        public Budget {
            List<String> bad = new ArrayList<>();
            if (every < 1 || steps < SETTLE_STEPS + every) {
                bad.add("steps must be at least " + SETTLE_STEPS + " + every and every at least 1, found steps " + steps
                        + ", every " + every);
            }
            if (width < 1) {
                bad.add("width must be at least 1, found " + width);
            }
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", bad));
            }
        }

        /** The command line's budget: 2000 steps of the preset's 256-wide networks (about 1.5 minutes on two cores). */
        public static Budget defaults() {
            return new Budget(2000, 20, 256);
        }

        /** A budget for tests: 300 steps, measured every 10 (about 15 s on two cores). */
        public static Budget reduced() {
            return new Budget(300, 10, 256);
        }
    }

    /**
     * One layer's measurements, one entry per measured step.
     *
     * @param name {@code layer1} … (input to output)
     * @param shape rows × columns of W
     */
    record LayerTrace(
            String name,
            String shape,
            List<Double> estimate,
            List<Double> exact,
            List<Double> secondRatio,
            List<Double> driftToGap) {

        double relativeError(int k) {
            return Math.abs(estimate.get(k) - exact.get(k)) / exact.get(k);
        }
    }

    /**
     * The figures of {@code summary.json}: the set-up, then each figure by layer name ({@code layer1} …).
     *
     * @param experiment {@code spectral-norm}
     * @param preset the preset trained
     * @param steps training steps
     * @param measureEvery steps between measurements
     * @param width units per hidden layer
     * @param seed the run's seed
     * @param sigmaEstimate how the estimate is taken, as text
     * @param sigmaExact how the exact value is computed, as text
     * @param layers each layer's weight shape, {@code rows x columns}
     * @param maxRelativeError the largest relative error |σ̃ − σ₁|/σ₁ of any layer after the settling steps
     * @param maxRelativeErrorByLayer the same per layer
     * @param medianRelativeErrorByLayer its median per layer
     * @param medianDriftToGapByLayer the median of ‖ΔW‖₂/(σ₁ − σ₂) per layer
     * @param medianSigma2OverSigma1ByLayer the median of σ₂/σ₁ per layer
     */
    public record Figures(
            String experiment,
            String preset,
            int steps,
            int measureEvery,
            int width,
            long seed,
            String sigmaEstimate,
            String sigmaExact,
            Map<String, String> layers,
            double maxRelativeError,
            Map<String, Double> maxRelativeErrorByLayer,
            Map<String, Double> medianRelativeErrorByLayer,
            Map<String, Double> medianDriftToGapByLayer,

            @JsonProperty("median_sigma2_over_sigma1_by_layer")
            Map<String, Double> medianSigma2OverSigma1ByLayer) {}

    /** Trains the preset, writes the figures into {@code run}, finishes it and returns the figures. */
    public static Figures run(Budget budget, long seed, TheoryRun run) {
        Figures figures;
        try (PointerScope outer = new PointerScope()) {
            ValidConfig config = shortened(budget, seed);
            Gan gan = GanFactory.toy(config, new RandomStreams(seed));
            Probe probe = new Probe(gan.discriminator().denseLayers(), budget.every());
            new Trainer(gan, config.config().train(), budget.steps(), List.of(probe)).run();
            figures = SpectralNormReport.write(run, budget, seed, probe.steps, probe.traces);
        }
        return run.finish(figures);
    }

    static ValidConfig shortened(Budget b, long seed) {
        return ValidConfig.read(
                PRESET,
                List.of(
                        "seed=" + seed,
                        "model.generator.width=" + b.width(),
                        "model.discriminator.width=" + b.width(),
                        "train.steps=" + b.steps(),
                        "train.wgan_schedule=false"));
    }

    /** Measures every spectrally normalised layer every {@code every} steps; keeps W of the step before. */
    private static final class Probe implements TrainingListener {
        private final List<Dense> layers;
        private final int every;
        private final List<Double> steps = new ArrayList<>();
        private final List<LayerTrace> traces = new ArrayList<>();
        private List<float[]> previous;

        Probe(List<Dense> layers, int every) {
            this.layers = layers;
            this.every = every;
            for (int l = 0; l < layers.size(); l++) {
                long[] shape = layers.get(l).weight().shape();
                traces.add(new LayerTrace(
                        "layer" + (l + 1),
                        shape[0] + "x" + shape[1],
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>()));
            }
        }

        @Override
        public void afterStep(Gan gan, int step, StepLog log) {
            if (step % every == 0 && previous != null) {
                steps.add((double) step);
                try (NoGradGuard guard = new NoGradGuard()) {
                    for (int l = 0; l < layers.size(); l++) {
                        measure(layers.get(l), previous.get(l), traces.get(l));
                    }
                }
            }
            previous = (step + 1) % every == 0 ? weights() : null;
        }

        private List<float[]> weights() {
            List<float[]> w = new ArrayList<>();
            layers.forEach(d -> w.add(Tensors.toFloats(d.weight())));
            return w;
        }

        private static void measure(Dense layer, float[] before, LayerTrace trace) {
            SpectralNorm sn = layer.spectralNorm();
            Tensor w = layer.weight().detach();
            Tensor v = unit(w.t().mv(sn.u()));
            Tensor u = unit(w.mv(v));
            Tensor singular = linalg_svdvals(w.toType(ScalarType.Double));
            double s1 = singular.select(0, 0).item_double();
            double s2 = singular.size(0) > 1 ? singular.select(0, 1).item_double() : 0;
            Tensor step = w.sub(Tensor.create(before, w.size(0), w.size(1))).toType(ScalarType.Double);
            double drift = linalg_svdvals(step).select(0, 0).item_double();
            trace.estimate().add(u.dot(w.mv(v)).item_double());
            trace.exact().add(s1);
            trace.secondRatio().add(s2 / s1);
            trace.driftToGap().add(drift / (s1 - s2));
        }

        private static Tensor unit(Tensor x) {
            return x.div(x.norm());
        }
    }
}
