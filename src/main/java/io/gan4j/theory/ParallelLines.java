package io.gan4j.theory;

import io.gan4j.torch.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Learning parallel lines (Arjovsky, Chintala and Bottou, 2017, "Wasserstein GAN", Example 1 and
 * Figure 1): P₀ is the law of (0, Z) and P_θ of (θ, Z), Z ~ U[0, 1]. In closed form
 * <ul>
 *   <li>W(P₀, P_θ) = |θ|;</li>
 *   <li>JS(P₀, P_θ) = log 2 for θ ≠ 0 (JS = JSD, base e), 0 at θ = 0;</li>
 *   <li>KL(P_θ ‖ P₀) = KL(P₀ ‖ P_θ) = ∞ for θ ≠ 0, 0 at θ = 0;</li>
 *   <li>δ(P₀, P_θ) (total variation) = 1 for θ ≠ 0, 0 at θ = 0.</li>
 * </ul>
 * Only W is continuous in θ, so only W gives a generator a gradient towards θ = 0.
 *
 * <p>For each θ of a grid, three networks are trained from scratch on fresh samples (see
 * {@link LineCritics}): a WGAN-GP critic and a weight-clipped critic estimate W, a discriminator
 * estimates JS as (max V + log 4)/2. <b>The W estimate of a critic f is the gap
 * E f(P₀) − E f(P_θ) divided by K̂, the largest ‖∇f‖ on a grid of the strip between the lines.</b>
 * Any K-Lipschitz f has gap ≤ K·W, and only f's Lipschitz constant on the convex hull of the two
 * supports (that strip) matters, since a Lipschitz function there extends to the plane with the
 * same constant: so gap/K̂ ≤ W up to the grid's resolution, with equality for a critic linear in x₁.
 * The clipped critic needs this (it is K-Lipschitz for an unknown, tiny K); the GP critic's raw gap
 * is reported too: it overshoots, since for a critic f = a·x₁ the loss −a|θ| + λ(a − 1)² is least
 * at a = 1 + |θ|/(2λ), so its gap is |θ|(1 + |θ|/(2λ)), 5% high at |θ| = 1 with λ = 10.
 *
 * <p>Figures: {@code w_max_relative_error} (GP critic, normalised, over |θ| ≥ 0.1),
 * {@code w_gp_raw_max_relative_error}, {@code w_clip_max_relative_error} (clipped, normalised),
 * {@code js_max_abs_error} (θ ≠ 0). Then g_θ(z) = (θ, z) is trained from θ = 1 against a
 * discriminator (minimax loss) and against a WGAN-GP critic (see {@link LineGeneratorTraining}):
 * {@code theta_final_js}, {@code theta_final_wasserstein}.
 */
public final class ParallelLines {

    private ParallelLines() {}

    /**
     * The experiment's budget.
     *
     * @param thetas the θ at which the divergences are estimated, each in [−1, 1]
     * @param criticSteps updates of each critic and discriminator, per θ
     * @param batchSize samples of P₀ and of P_θ per update
     * @param width units in each of the two hidden layers of every network
     * @param generatorSteps updates of θ in each generator run
     * @param warmup discriminator (critic) updates before the generator's first
     * @param nCritic discriminator (critic) updates per generator update
     * @param generatorLearningRate θ's initial SGD step size, decayed by a cosine to 1% of it
     */
    public record Options(
            List<Double> thetas,
            int criticSteps,
            int batchSize,
            int width,
            int generatorSteps,
            int warmup,
            int nCritic,
            double generatorLearningRate) {

        public Options {
            thetas = List.copyOf(thetas);
            List<String> bad = new ArrayList<>();
            if (thetas.isEmpty() || thetas.stream().anyMatch(t -> !(Math.abs(t) <= 1))) {
                bad.add("thetas must be a non-empty list in [-1, 1], found " + thetas);
            }
            for (var e : Map.of(
                            "critic steps",
                            criticSteps,
                            "batch size",
                            batchSize,
                            "width",
                            width,
                            "generator steps",
                            generatorSteps,
                            "n_critic",
                            nCritic)
                    .entrySet()) {
                if (e.getValue() < 1) {
                    bad.add(e.getKey() + " must be at least 1, found " + e.getValue());
                }
            }
            if (warmup < 0) {
                bad.add("warmup must be non-negative, found " + warmup);
            }
            if (!(generatorLearningRate > 0)) {
                bad.add("generator learning rate must be positive, found " + generatorLearningRate);
            }
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", bad));
            }
        }

        /** The command line's budget: 21 θ from −1 to 1 in steps of 0.1. */
        public static Options defaults() {
            return new Options(grid(21), 300, 256, 32, 200, 100, 5, 0.015);
        }

        /** A reduced budget for tests: four θ, fewer updates. */
        public static Options quick() {
            return new Options(List.of(-1.0, -0.1, 0.0, 0.6), 250, 256, 32, 100, 100, 5, 0.03);
        }

        /** n ≥ 2 evenly spaced θ from −1 to 1, computed as (2i − (n − 1))/(n − 1) so that 0 and ±0.1 are exact. */
        public static List<Double> grid(int n) {
            List<Double> thetas = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                thetas.add((double) (2 * i - (n - 1)) / (n - 1));
            }
            return thetas;
        }
    }

    /**
     * The figures of {@code summary.json}.
     *
     * @param wMaxRelativeError the WGAN-GP critics' W estimate (gap / K̂): max relative error over |θ| ≥ 0.1
     * @param wGpRawMaxRelativeError the same for their raw gap E f(P₀) − E f(P_θ)
     * @param wClipMaxRelativeError the same for the clipped critics' gap / K̂
     * @param jsMaxAbsError the discriminators' JS estimate: max absolute error over θ ≠ 0
     * @param thetaFinalWasserstein θ after the generator run against the critic, from θ = 1
     * @param thetaFinalJs θ after the run against the discriminator
     * @param generatorGradientFinalWasserstein |∂L_G/∂θ| at the last step against the critic
     * @param generatorGradientFinalJs the same against the discriminator
     * @param options the budget
     */
    public record Figures(
            double wMaxRelativeError,
            double wGpRawMaxRelativeError,
            double wClipMaxRelativeError,
            double jsMaxAbsError,
            double thetaFinalWasserstein,
            double thetaFinalJs,
            double generatorGradientFinalWasserstein,
            double generatorGradientFinalJs,
            Options options) {}

    /** Runs the experiment into {@code run}, finishes it and returns the figures. */
    public static Figures run(Options options, long seed, TheoryRun run) {
        RandomStreams streams = new RandomStreams(seed);
        List<ParallelLinesReport.Row> rows = new ArrayList<>();
        for (double theta : options.thetas()) {
            LineCritics.Estimate gp = LineCritics.gradientPenaltyCritic(
                    theta, options.criticSteps(), options.batchSize(), options.width(), streams);
            LineCritics.Estimate clip = LineCritics.clippedCritic(
                    theta, options.criticSteps(), options.batchSize(), options.width(), streams);
            double js = LineCritics.jensenShannon(
                    theta, options.criticSteps(), options.batchSize(), options.width(), streams);
            rows.add(new ParallelLinesReport.Row(theta, gp, clip, js));
        }
        LineGeneratorTraining.Trajectory js = LineGeneratorTraining.jensenShannon(
                options.width(),
                options.batchSize(),
                options.warmup(),
                options.nCritic(),
                options.generatorSteps(),
                options.generatorLearningRate(),
                streams);
        LineGeneratorTraining.Trajectory w = LineGeneratorTraining.wasserstein(
                options.width(),
                options.batchSize(),
                options.warmup(),
                options.nCritic(),
                options.generatorSteps(),
                options.generatorLearningRate(),
                streams);
        return ParallelLinesReport.write(options, rows, js, w, run);
    }
}
