package io.gan4j.theory;

import io.gan4j.objectives.CombinedKl;
import io.gan4j.objectives.Minimax;
import io.gan4j.objectives.NonSaturating;
import io.gan4j.objectives.Objective;
import io.gan4j.reports.LineChartPng;
import io.gan4j.torch.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.pytorch.GeneratorOptional;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Why the minimax generator saturates, and what the combined update follows.
 *
 * <p><b>(a) Saturation</b> (Goodfellow et al., 2014, section 3). With D = σ(l), the generator
 * losses' derivatives with respect to D's logit l on a generated sample are
 * <ul>
 *   <li>minimax, log(1 − σ(l)): −σ(l), which vanishes as D(G(z)) = σ(l) → 0, when D rejects G's samples;</li>
 *   <li>non-saturating, −log σ(l): −(1 − σ(l)) → −1 there;</li>
 *   <li>combined (their sum), −l: −1 everywhere.</li>
 * </ul>
 * These are compared with autograd through {@link Minimax}, {@link NonSaturating} and {@link CombinedKl}
 * on a grid of l (float64): {@code max_autograd_error} (absolute) and {@code max_autograd_relative_error}.
 *
 * <p><b>(b) The combined update minimises KL(p_g ‖ p_data)</b> (Huszár, 2016; Sønderby et al., 2017).
 * With p_data = N(0, 1), p_g = N(μ, σ²) generated as x = μ + σz, and the optimal discriminator's
 * logit l*(x) = log p_data(x) − log p_g(x) held fixed, the combined generator loss −E_z[l*(x)] has
 * gradient E_z[∇_x(−l*)(x) · ∂x/∂(μ, σ)], which equals ∇ KL(p_g ‖ p_data) = (μ, σ − 1/σ), from
 * KL = log(1/σ) + (σ² + μ²)/2 − 1/2. Why: KL = E_{p_g}[log p_g − log p_data] = E_z[−l*_θ(x_θ(z))],
 * where l*_θ depends on θ = (μ, σ) both through x and through log p_θ. The chain rule gives
 * ∇KL = E_z[∇_x(−l*) ∂x/∂θ] + E_{p_θ}[∇_θ log p_θ(x)], and the second, score-function term vanishes:
 * E_{p_θ}[∇_θ log p_θ] = ∫ ∇_θ p_θ dx = ∇_θ ∫ p_θ dx = ∇_θ 1 = 0. Holding D fixed drops exactly that
 * term. {@code kl_gradient_relative_error} = max over a few (μ, σ) of ‖g − ∇KL‖/‖∇KL‖, g a Monte-Carlo
 * mean over the given number of draws. The minimax and non-saturating losses with the same D* follow
 * ∇ 2·JSD and ∇(KL − 2·JSD) instead; their distances from ∇KL are reported for contrast.
 */
public final class Saturation {

    /** The (μ, σ) at which the combined update's gradient is compared with ∇KL. */
    static final double[][] POINTS = {{1, 1}, {2, 0.5}, {-1, 2}, {0.5, 1.5}, {-2, 0.8}};

    private Saturation() {}

    /**
     * The experiment's budget.
     *
     * @param minLogit the smallest logit of part (a)
     * @param maxLogit the largest
     * @param logitPoints grid points from minLogit to maxLogit
     * @param samples Monte-Carlo draws of z per (μ, σ) of part (b)
     * @param curvePoints σ values from 0.3 to 3 (μ = 1) on the plotted gradient curve
     * @param curveSamples Monte-Carlo draws per point of that curve
     */
    public record Options(
            double minLogit, double maxLogit, int logitPoints, int samples, int curvePoints, int curveSamples) {

        public Options {
            List<String> bad = new ArrayList<>();
            if (!(maxLogit > minLogit) || !Double.isFinite(minLogit) || !Double.isFinite(maxLogit)) {
                bad.add("need finite logits min < max, found [" + minLogit + ", " + maxLogit + "]");
            }
            if (logitPoints < 2) {
                bad.add("logit points must be at least 2, found " + logitPoints);
            }
            if (samples < 2 || curveSamples < 2) {
                bad.add("Monte-Carlo samples must be at least 2, found " + samples + " and " + curveSamples);
            }
            if (curvePoints < 2) {
                bad.add("curve points must be at least 2, found " + curvePoints);
            }
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", bad));
            }
        }

        /** The command line's budget. */
        public static Options defaults() {
            return new Options(-20, 5, 251, 1 << 22, 28, 1 << 18);
        }

        /** A reduced budget for tests. */
        public static Options quick() {
            return new Options(-20, 5, 126, 1 << 18, 10, 1 << 14);
        }
    }

    /**
     * The figures of {@code summary.json}.
     *
     * @param maxAutogradError (a) the largest |autograd − analytic| of ∂L_G/∂l over the grid and the three losses
     * @param maxAutogradRelativeError (a) the same, relative to |analytic|
     * @param minimaxGradientAtMinLogit (a) ∂L_G/∂l of the minimax loss at the smallest logit (autograd)
     * @param nonSaturatingGradientAtMinLogit (a) the same for the non-saturating loss
     * @param combinedGradientAtMinLogit (a) the same for the combined loss
     * @param klGradientRelativeError (b) max over the (μ, σ) of ‖g − ∇KL‖/‖∇KL‖, combined update with D*
     * @param nonSaturatingKlGradientRelativeError (b) the same for the non-saturating update
     * @param minimaxKlGradientRelativeError (b) the same for the minimax update
     * @param options the budget
     */
    public record Figures(
            double maxAutogradError,
            double maxAutogradRelativeError,
            double minimaxGradientAtMinLogit,
            double nonSaturatingGradientAtMinLogit,
            double combinedGradientAtMinLogit,
            double klGradientRelativeError,
            double nonSaturatingKlGradientRelativeError,
            double minimaxKlGradientRelativeError,
            Options options) {}

    /** Part (a)'s figures. */
    private record Autograd(
            double maxError, double maxRelativeError, double minimax, double nonSaturating, double combined) {}

    /** Runs both parts into {@code run}, finishes it and returns the figures. */
    public static Figures run(Options options, long seed, TheoryRun run) {
        Autograd a = saturation(options, run);
        double[] kl =
                klGradient(options, new GeneratorOptional(new RandomStreams(seed).torch(RandomStreams.NOISE)), run);
        return run.finish(new Figures(
                a.maxError(),
                a.maxRelativeError(),
                a.minimax(),
                a.nonSaturating(),
                a.combined(),
                kl[0],
                kl[1],
                kl[2],
                options));
    }

    private static Autograd saturation(Options o, TheoryRun run) {
        double[] l = Quadrature.grid(o.minLogit(), o.maxLogit(), o.logitPoints());
        double[] minimax = GeneratorGradients.perLogit(new Minimax(), l);
        double[] ns = GeneratorGradients.perLogit(new NonSaturating(), l);
        double[] combined = GeneratorGradients.perLogit(new CombinedKl(), l);
        double maxAbs = 0;
        double maxRel = 0;
        List<double[]> rows = new ArrayList<>();
        double[][] abs = new double[6][l.length];
        for (int i = 0; i < l.length; i++) {
            double d = OptimalDiscriminator.sigmoid(l[i]);
            double[] analytic = {-d, -OptimalDiscriminator.sigmoid(-l[i]), -1};
            double[] autograd = {minimax[i], ns[i], combined[i]};
            for (int k = 0; k < 3; k++) {
                double err = Math.abs(autograd[k] - analytic[k]);
                maxAbs = Math.max(maxAbs, err);
                maxRel = Math.max(maxRel, err / Math.abs(analytic[k]));
                abs[2 * k][i] = Math.abs(analytic[k]);
                abs[2 * k + 1][i] = Math.abs(autograd[k]);
            }
            rows.add(new double[] {l[i], d, analytic[0], minimax[i], analytic[1], ns[i], analytic[2], combined[i]});
        }
        run.paragraph(String.format(
                Locale.ROOT,
                "(a) ∂L_G/∂l on %d logits from %s to %s: analytic −σ(l) (minimax), "
                        + "−(1 − σ(l)) (non-saturating), −1 (combined) against autograd through the objectives. At "
                        + "l = %s, where "
                        + "D(G(z)) = %.2e, the minimax gradient is %.2e and the non-saturating one %.4f.",
                l.length,
                o.minLogit(),
                o.maxLogit(),
                o.minLogit(),
                OptimalDiscriminator.sigmoid(l[0]),
                minimax[0],
                ns[0]));
        run.csv(
                "logit_gradients.csv",
                List.of(
                        "logit",
                        "d",
                        "minimax_analytic",
                        "minimax_autograd",
                        "non_saturating_analytic",
                        "non_saturating_autograd",
                        "combined_analytic",
                        "combined_autograd"),
                rows);
        run.chart(
                "saturation.png",
                "|∂L_G/∂l| against D's logit l on generated samples (log scale); D(G(z)) = σ(l)",
                LineChartPng.builder()
                        .title("Generator gradient with respect to D's logit")
                        .xLabel("logit l")
                        .yLabel("|∂L_G/∂l|")
                        .legend(LegendPosition.InsideSE)
                        .logY(true)
                        .series("minimax −σ(l)", l, abs[0])
                        .series("minimax, autograd", l, abs[1])
                        .series("non-saturating −(1 − σ(l))", l, abs[2])
                        .series("non-saturating, autograd", l, abs[3])
                        .series("combined −1", l, abs[4])
                        .series("combined, autograd", l, abs[5])
                        .build());
        return new Autograd(maxAbs, maxRel, minimax[0], ns[0], combined[0]);
    }

    /** Part (b); returns the largest relative distance from ∇KL of the combined, non-saturating, minimax updates. */
    private static double[] klGradient(Options o, GeneratorOptional stream, TheoryRun run) {
        Objective[] objectives = {new CombinedKl(), new NonSaturating(), new Minimax()};
        double[] worst = new double[objectives.length];
        List<List<String>> table = new ArrayList<>();
        for (double[] p : POINTS) {
            double[] kl = GeneratorGradients.klGradient(p[0], p[1]);
            List<String> row = new ArrayList<>(List.of(format(p[0]), format(p[1]), vector(kl)));
            for (int k = 0; k < objectives.length; k++) {
                double[] g =
                        GeneratorGradients.againstOptimalDiscriminator(objectives[k], p[0], p[1], o.samples(), stream);
                double err = GeneratorGradients.relativeError(g, kl);
                worst[k] = Math.max(worst[k], err);
                row.add(vector(g) + String.format(Locale.ROOT, " (%.2e)", err));
            }
            table.add(row);
        }
        run.paragraph(
                "(b) p_data = N(0, 1), p_g = N(μ, σ²), x = μ + σz, optimal logit l*(x) = log p_data(x) − log p_g(x) "
                        + "held "
                        + "fixed; generator gradients with respect to (μ, σ) by autograd, Monte-Carlo means over "
                        + o.samples()
                        + " draws, against ∇KL(p_g ‖ p_data) = (μ, σ − 1/σ). The combined update follows ∇KL; the "
                        + "minimax and "
                        + "non-saturating ones do not (they follow ∇2JSD and ∇(KL − 2JSD)).");
        run.table(
                "generator gradient (∂/∂μ, ∂/∂σ) with D*, and its relative distance from ∇KL",
                List.of("μ", "σ", "∇KL (closed form)", "combined", "non-saturating", "minimax"),
                table);
        double[] sigma = Quadrature.grid(0.3, 3, o.curvePoints());
        double[][] curve = new double[4][sigma.length];
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < sigma.length; i++) {
            double[] kl = GeneratorGradients.klGradient(1, sigma[i]);
            double[] g = GeneratorGradients.againstOptimalDiscriminator(
                    new CombinedKl(), 1, sigma[i], o.curveSamples(), stream);
            curve[0][i] = kl[0];
            curve[1][i] = g[0];
            curve[2][i] = kl[1];
            curve[3][i] = g[1];
            rows.add(new double[] {1, sigma[i], GeneratorGradients.kl(1, sigma[i]), kl[0], g[0], kl[1], g[1]});
        }
        run.csv(
                "kl_gradient.csv",
                List.of("mu", "sigma", "kl", "dkl_dmu", "combined_dmu", "dkl_dsigma", "combined_dsigma"),
                rows);
        run.chart(
                "kl_gradient.png",
                "the combined update's gradient with D* against ∇KL(p_g ‖ p_data), μ = 1",
                LineChartPng.builder()
                        .title("Combined update against ∇KL")
                        .xLabel("σ")
                        .yLabel("gradient")
                        .legend(LegendPosition.InsideSE)
                        .series("∂KL/∂μ = μ", sigma, curve[0])
                        .series("combined, ∂/∂μ", sigma, curve[1])
                        .series("∂KL/∂σ = σ − 1/σ", sigma, curve[2])
                        .series("combined, ∂/∂σ", sigma, curve[3])
                        .build());
        return worst;
    }

    private static String vector(double[] v) {
        return String.format(Locale.ROOT, "(%.4f, %.4f)", v[0], v[1]);
    }

    private static String format(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
