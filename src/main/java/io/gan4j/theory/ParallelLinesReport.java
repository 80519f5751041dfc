package io.gan4j.theory;

import io.gan4j.reports.LineChartPng;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.style.Styler.LegendPosition;

/** The figures, CSVs and plots of {@link ParallelLines}. */
final class ParallelLinesReport {

    /** θ is "at least 0.1 from 0" up to this rounding. */
    private static final double EPS = 1e-9;

    /** The estimates at one θ. */
    record Row(double theta, LineCritics.Estimate gp, LineCritics.Estimate clip, double js) {

        double wClosed() {
            return Math.abs(theta);
        }

        double jsClosed() {
            return theta == 0 ? 0 : Math.log(2);
        }
    }

    private ParallelLinesReport() {}

    static ParallelLines.Figures write(
            ParallelLines.Options options,
            List<Row> rows,
            LineGeneratorTraining.Trajectory js,
            LineGeneratorTraining.Trajectory w,
            TheoryRun run) {
        double wGp = 0;
        double wGpRaw = 0;
        double wClip = 0;
        double jsError = 0;
        List<double[]> csv = new ArrayList<>();
        for (Row r : rows) {
            if (Math.abs(r.theta()) >= 0.1 - EPS) {
                wGp = Math.max(wGp, relative(r.gp().normalised(), r.wClosed()));
                wGpRaw = Math.max(wGpRaw, relative(r.gp().gap(), r.wClosed()));
                wClip = Math.max(wClip, relative(r.clip().normalised(), r.wClosed()));
            }
            if (r.theta() != 0) {
                jsError = Math.max(jsError, Math.abs(r.js() - r.jsClosed()));
            }
            boolean zero = r.theta() == 0;
            csv.add(new double[] {
                r.theta(),
                r.wClosed(),
                r.gp().normalised(),
                r.gp().gap(),
                r.gp().lipschitz(),
                r.clip().normalised(),
                r.clip().gap(),
                r.clip().lipschitz(),
                r.jsClosed(),
                r.js(),
                zero ? 0 : Double.POSITIVE_INFINITY,
                zero ? 0 : 1
            });
        }
        run.paragraph(
                "P₀ = (0, Z), P_θ = (θ, Z), Z ~ U[0, 1]. Closed forms: W = |θ|; JS = log 2, KL = ∞, TV = 1 for θ ≠ 0 "
                        + "(all 0 at θ = 0). Each θ gets its own WGAN-GP critic (two-sided penalty, λ = "
                        + LineCritics.GP_WEIGHT
                        + "), weight-clipped critic (c = " + LineCritics.CLIP + ") and minimax discriminator, "
                        + options.criticSteps()
                        + " updates each. A critic's W estimate is (E f(P₀) − E f(P_θ)) / K̂, K̂ the largest ‖∇f‖ "
                        + "on the strip between the "
                        + "lines; the GP critic's raw gap is expected to overshoot by θ²/(2λ). JS is estimated as "
                        + "(V(D) + log 4)/2. "
                        + "Expectations over Z use the midpoint rule. Errors of W are relative, over |θ| ≥ 0.1. The "
                        + "clipped critic falls "
                        + "short: clipping drives its weights to ±c and tilts its gradient off the x₁ axis, so its "
                        + "slope along x₁ is a "
                        + "fraction of its largest gradient norm. The generator runs train θ from 1 by plain SGD "
                        + "(so that θ moves in "
                        + "proportion to its gradient) after " + options.warmup() + " discriminator updates, with "
                        + options.nCritic()
                        + " updates per generator step; the critic of the W run uses the one-sided penalty.");
        run.csv(
                "divergences.csv",
                List.of(
                        "theta",
                        "w_closed",
                        "w_gp",
                        "w_gp_raw_gap",
                        "w_gp_lipschitz",
                        "w_clip",
                        "w_clip_raw_gap",
                        "w_clip_lipschitz",
                        "js_closed",
                        "js_estimate",
                        "kl_closed",
                        "tv_closed"),
                csv);
        double[] theta = column(csv, 0);
        run.chart(
                "wasserstein.png",
                "W(P₀, P_θ) = |θ| and the critics' estimates",
                LineChartPng.builder()
                        .title("Wasserstein distance")
                        .xLabel("θ")
                        .yLabel("W")
                        .legend(LegendPosition.InsideN)
                        .series("|θ| (closed form)", theta, column(csv, 1))
                        .series("WGAN-GP critic, gap / K̂", theta, column(csv, 2))
                        .series("WGAN-GP critic, raw gap", theta, column(csv, 3))
                        .series("clipped critic, gap / K̂", theta, column(csv, 5))
                        .build());
        run.chart(
                "divergences.png",
                "JS, TV (closed forms) and the discriminator's JS estimate; KL is ∞ off θ = 0 and not drawn",
                LineChartPng.builder()
                        .title("Jensen–Shannon and total variation")
                        .xLabel("θ")
                        .yLabel("divergence")
                        .legend(LegendPosition.InsideS)
                        .series("JS (closed form)", theta, column(csv, 8))
                        .series("JS estimate (V + log 4)/2", theta, column(csv, 9))
                        .series("TV (closed form)", theta, column(csv, 11))
                        .series("W = |θ|", theta, column(csv, 1))
                        .build());
        writeTrajectories(js, w, run);
        return run.finish(new ParallelLines.Figures(
                wGp,
                wGpRaw,
                wClip,
                jsError,
                w.finalTheta(),
                js.finalTheta(),
                w.gradient()[w.gradient().length - 1],
                js.gradient()[js.gradient().length - 1],
                options));
    }

    private static void writeTrajectories(
            LineGeneratorTraining.Trajectory js, LineGeneratorTraining.Trajectory w, TheoryRun run) {
        int n = js.theta().length;
        double[] steps = new double[n];
        List<double[]> csv = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            csv.add(new double[] {
                i,
                js.theta()[i],
                w.theta()[i],
                i < n - 1 ? js.gradient()[i] : Double.NaN,
                i < n - 1 ? w.gradient()[i] : Double.NaN
            });
        }
        run.csv(
                "generator.csv",
                List.of("step", "theta_js", "theta_wasserstein", "abs_grad_js", "abs_grad_wasserstein"),
                csv);
        run.chart(
                "generator.png",
                "θ of g_θ(z) = (θ, z) over generator steps, from θ = 1",
                LineChartPng.builder()
                        .title("Learning parallel lines")
                        .xLabel("generator step")
                        .yLabel("θ")
                        .legend(LegendPosition.OutsideS)
                        .series("minimax discriminator (JS)", steps, js.theta())
                        .series("WGAN-GP critic (W)", steps, w.theta())
                        .build());
        double[] gradSteps = java.util.Arrays.copyOf(steps, n - 1);
        run.chart(
                "generator_gradient.png",
                "|∂L_G/∂θ| over generator steps (log scale): the JS gradient vanishes",
                LineChartPng.builder()
                        .title("Generator gradient")
                        .xLabel("generator step")
                        .yLabel("|∂L_G/∂θ|")
                        .logY(true)
                        .legend(LegendPosition.InsideSW)
                        .series("minimax discriminator (JS)", gradSteps, js.gradient())
                        .series("WGAN-GP critic (W)", gradSteps, w.gradient())
                        .build());
    }

    private static double relative(double estimate, double exact) {
        return Math.abs(estimate - exact) / exact;
    }

    private static double[] column(List<double[]> rows, int j) {
        return rows.stream().mapToDouble(r -> r[j]).toArray();
    }
}
