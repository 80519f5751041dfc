package io.gan4j.cli;

import io.gan4j.theory.GradientNorms;
import io.gan4j.theory.TheoryRun;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code gan4j theory gradient-norms}: WGAN-GP's Figure 1(b), gradients of a deep critic under clipping and
 * under the penalty.
 */
@Command(
        name = "gradient-norms",
        mixinStandardHelpOptions = true,
        description = {
            "Gradient norms of a deep WGAN critic layer by layer, clipped or penalised (WGAN-GP, Figure 1b).",
            "A 12-layer critic on the swiss roll: weight clipping c = 0.1 / 0.01 / 0.001 makes its gradients "
                    + "explode or vanish",
            "across the layers; the gradient penalty keeps them level.",
            "About 1.5 to 2 minutes on two cores (--quick: 20 s)."
        })
final class GradientNormsCommand extends TheoryExperimentCommand {

    GradientNormsCommand() {
        super("gradient-norms", "Gradient norms of deep WGAN critics");
    }

    @Override
    void run(TheoryRun run, PrintWriter out) {
        GradientNorms.Budget budget = options.quick ? GradientNorms.Budget.reduced() : GradientNorms.Budget.defaults();
        out.printf(
                Locale.ROOT,
                "gan4j theory gradient-norms: %d critic updates per setting, width %d, into %s%n",
                budget.steps(),
                budget.width(),
                run.path());
        out.flush();
        GradientNorms.Figures s = GradientNorms.run(budget, options.seed, run);
        out.printf(
                Locale.ROOT,
                "%n  %-18s %16s %14s %14s %14s%n",
                "setting",
                "first/last layer",
                "orders spanned",
                "‖∇x f‖",
                "weights at ±c");
        for (GradientNorms.Setting setting : GradientNorms.SETTINGS) {
            String n = setting.name();
            Double bound = s.fractionAtClipBound().get(n);
            out.printf(
                    Locale.ROOT,
                    "  %-18s %16.3g %14.2f %14.3g %14s%n",
                    n,
                    s.ratioFirstToLast().get(n),
                    s.ordersOfMagnitudeSpanned().get(n),
                    s.inputGradientNorm().get(n),
                    bound == null ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * bound));
        }
    }
}
