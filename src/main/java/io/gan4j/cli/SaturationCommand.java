package io.gan4j.cli;

import io.gan4j.theory.Saturation;
import io.gan4j.theory.TheoryRun;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code gan4j theory saturation}: the generator losses' gradients, and the combined update against ∇KL. See
 * {@link Saturation}.
 */
@Command(
        name = "saturation",
        mixinStandardHelpOptions = true,
        description = {
            "(a) The generator losses' gradients with respect to D's logit (minimax -sigma(l), non-saturating "
                    + "-(1 - sigma(l)), combined -1) against autograd, as D(G(z)) -> 0. (b) With the optimal "
                    + "discriminator held fixed, "
                    + "the combined update's gradient for p_g = N(mu, sigma^2) against the gradient of KL(p_g || "
                    + "N(0, 1)).",
            "A few seconds."
        })
final class SaturationCommand extends TheoryExperimentCommand {

    SaturationCommand() {
        super("saturation", "Saturation and the combined update");
    }

    @Override
    void run(TheoryRun run, PrintWriter out) {
        out.println("gan4j theory saturation into " + run.path());
        out.flush();
        Saturation.Figures s = Saturation.run(
                options.quick ? Saturation.Options.quick() : Saturation.Options.defaults(), options.seed, run);
        out.printf(
                Locale.ROOT,
                "(a) autograd against the analytic dL_G/dl: max abs error %.2e, max relative error %.2e%n",
                s.maxAutogradError(),
                s.maxAutogradRelativeError());
        out.printf(
                Locale.ROOT,
                "    at the smallest logit: minimax %.3e, non-saturating %.6f, combined %.6f%n",
                s.minimaxGradientAtMinLogit(),
                s.nonSaturatingGradientAtMinLogit(),
                s.combinedGradientAtMinLogit());
        out.printf(
                Locale.ROOT,
                "(b) relative distance from grad KL(p_g || p_data) with D* fixed: combined %.2e "
                        + "(non-saturating %.3f, minimax %.3f)%n",
                s.klGradientRelativeError(),
                s.nonSaturatingKlGradientRelativeError(),
                s.minimaxKlGradientRelativeError());
    }
}
