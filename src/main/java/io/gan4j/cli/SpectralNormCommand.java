package io.gan4j.cli;

import io.gan4j.theory.SpectralNormAccuracy;
import io.gan4j.theory.TheoryRun;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code gan4j theory spectral-norm}: spectral normalisation's power-iteration σ against the exact largest
 * singular value.
 */
@Command(
        name = "spectral-norm",
        mixinStandardHelpOptions = true,
        description = {
            "Spectral normalisation's power-iteration σ against the exact largest singular value (SNGAN).",
            "Trains the sngan-hinge-ring preset and compares each layer's σ from one power-iteration step per update",
            "(Miyato et al. 2018) with torch.linalg.svdvals over training. About 1.5 minutes on two cores (--quick: "
                    + "15 s)."
        })
final class SpectralNormCommand extends TheoryExperimentCommand {

    SpectralNormCommand() {
        super("spectral-norm", "How exact is spectral normalisation's σ?");
    }

    @Override
    void run(TheoryRun run, PrintWriter out) {
        SpectralNormAccuracy.Budget budget =
                options.quick ? SpectralNormAccuracy.Budget.reduced() : SpectralNormAccuracy.Budget.defaults();
        out.printf(
                Locale.ROOT,
                "gan4j theory spectral-norm: %s, %d steps, width %d, into %s%n",
                SpectralNormAccuracy.PRESET,
                budget.steps(),
                budget.width(),
                run.path());
        out.flush();
        SpectralNormAccuracy.Figures s = SpectralNormAccuracy.run(budget, options.seed, run);
        out.printf(
                Locale.ROOT,
                "%n  after step %d:%n  %-8s %-9s %16s %16s %18s%n",
                SpectralNormAccuracy.SETTLE_STEPS,
                "layer",
                "shape",
                "max rel. error",
                "median rel. error",
                "median ‖ΔW‖/gap");
        for (String layer : s.layers().keySet()) {
            out.printf(
                    Locale.ROOT,
                    "  %-8s %-9s %16.3g %16.3g %18.3g%n",
                    layer,
                    s.layers().get(layer),
                    s.maxRelativeErrorByLayer().get(layer),
                    s.medianRelativeErrorByLayer().get(layer),
                    s.medianDriftToGapByLayer().get(layer));
        }
    }
}
