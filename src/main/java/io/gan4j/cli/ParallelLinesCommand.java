package io.gan4j.cli;

import io.gan4j.theory.ParallelLines;
import io.gan4j.theory.TheoryRun;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code gan4j theory parallel-lines}: the WGAN paper's Example 1. See {@link ParallelLines}. */
@Command(
        name = "parallel-lines",
        mixinStandardHelpOptions = true,
        description = {
            "The WGAN paper's Example 1: P0 = (0, U[0,1]) against P_theta = (theta, U[0,1]) for 21 theta in [-1, 1]. "
                    + "Estimates W with a WGAN-GP and a weight-clipped critic and JS with a discriminator, against "
                    + "W = |theta| and "
                    + "JS = log 2; then trains theta from 1 against each (JS stalls, W moves theta to 0).",
            "About two minutes on 2 cores."
        })
final class ParallelLinesCommand extends TheoryExperimentCommand {

    ParallelLinesCommand() {
        super("parallel-lines", "Learning parallel lines (WGAN, Example 1)");
    }

    @Override
    void run(TheoryRun run, PrintWriter out) {
        out.println("gan4j theory parallel-lines into " + run.path());
        out.flush();
        ParallelLines.Figures s = ParallelLines.run(
                options.quick ? ParallelLines.Options.quick() : ParallelLines.Options.defaults(), options.seed, run);
        out.printf(
                Locale.ROOT,
                "W, WGAN-GP critic (gap / K): max relative error %.4f  (|theta| >= 0.1)%n",
                s.wMaxRelativeError());
        out.printf(Locale.ROOT, "W, WGAN-GP critic (raw gap): max relative error %.4f%n", s.wGpRawMaxRelativeError());
        out.printf(Locale.ROOT, "W, clipped critic (gap / K): max relative error %.4f%n", s.wClipMaxRelativeError());
        out.printf(
                Locale.ROOT, "JS, discriminator:           max abs error      %.4f  (theta != 0)%n", s.jsMaxAbsError());
        out.printf(
                Locale.ROOT,
                "theta after training from 1: %.4f against the critic (W), %.4f against the discriminator (JS)%n",
                s.thetaFinalWasserstein(),
                s.thetaFinalJs());
        out.printf(
                Locale.ROOT,
                "last |dL_G/dtheta|:          %.3g (W), %.3g (JS)%n",
                s.generatorGradientFinalWasserstein(),
                s.generatorGradientFinalJs());
    }
}
