package io.gan4j.cli;

import io.gan4j.theory.CriticTracksQuality;
import io.gan4j.theory.TheoryRun;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code gan4j theory critic-tracks-quality}: does −(discriminator loss) rise and fall with W1? (Arjovsky et
 * al. 2017, section 4.2).
 */
@Command(
        name = "critic-tracks-quality",
        mixinStandardHelpOptions = true,
        description = {
            "Does the discriminator's loss track sample quality? Rank correlation with W1 (WGAN, section 4.2).",
            "Trains WGAN-GP, WGAN (clipping) and the non-saturating GAN on the ring and reports Spearman's rank "
                    + "correlation",
            "between −(discriminator loss) and the exact W1 of the samples over training.",
            "About 2 minutes on two cores (--quick: 35 s)."
        })
final class CriticTracksQualityCommand extends TheoryExperimentCommand {

    CriticTracksQualityCommand() {
        super("critic-tracks-quality", "Does the critic's loss track sample quality?");
    }

    @Override
    void run(TheoryRun run, PrintWriter out) {
        CriticTracksQuality.Budget budget =
                options.quick ? CriticTracksQuality.Budget.reduced() : CriticTracksQuality.Budget.defaults();
        out.printf(
                Locale.ROOT,
                "gan4j theory critic-tracks-quality: %s, %d generator steps each, into %s%n",
                String.join(", ", CriticTracksQuality.PRESETS),
                budget.steps(),
                run.path());
        out.flush();
        CriticTracksQuality.Figures s = CriticTracksQuality.run(budget, options.seed, run);
        out.printf(
                Locale.ROOT,
                "%n  %-10s %14s %20s %14s %14s%n",
                "preset",
                "ρ(−loss, W1)",
                "W1 first → last",
                "smallest W1 at",
                "−loss < 0");
        for (String name : s.spearman().keySet()) {
            Double below = s.estimateBelowZero().get(name);
            out.printf(
                    Locale.ROOT,
                    "  %-10s %14.3f %11.4f → %.4f %14s %14s%n",
                    name,
                    s.spearman().get(name),
                    s.w1First().get(name),
                    s.w1Last().get(name),
                    "step " + s.bestW1Step().get(name),
                    below == null ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * below));
        }
    }
}
