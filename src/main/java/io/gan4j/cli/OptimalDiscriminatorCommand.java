package io.gan4j.cli;

import io.gan4j.theory.OptimalDiscriminator;
import io.gan4j.theory.TheoryRun;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code gan4j theory optimal-discriminator}: a trained D against D* = p_data/(p_data + p_g). See {@link
 * OptimalDiscriminator}.
 */
@Command(
        name = "optimal-discriminator",
        mixinStandardHelpOptions = true,
        description = {
            "Train a discriminator on p_data = N(0, 1) against a fixed p_g = N(2, 1) and compare it with the optimal "
                    + "D* = p_data / (p_data + p_g), and V(D, G) with -log 4 + 2 JSD (Goodfellow et al., 2014, "
                    + "Proposition 1, Theorem 1).",
            "About a minute on 2 cores."
        })
final class OptimalDiscriminatorCommand extends TheoryExperimentCommand {

    OptimalDiscriminatorCommand() {
        super("optimal-discriminator", "Optimal discriminator");
    }

    @Override
    void run(TheoryRun run, PrintWriter out) {
        out.println("gan4j theory optimal-discriminator into " + run.path());
        out.flush();
        OptimalDiscriminator.Figures s = OptimalDiscriminator.run(
                options.quick ? OptimalDiscriminator.Options.quick() : OptimalDiscriminator.Options.defaults(),
                options.seed,
                run);
        out.printf(Locale.ROOT, "p_data %s, p_g %s, support %s%n", s.pData(), s.pG(), s.support());
        out.printf(Locale.ROOT, "max |D - D*| on the support   %.5f%n", s.maxAbsError());
        out.printf(Locale.ROOT, "V(D, G) of the trained D      %.6f%n", s.value());
        out.printf(Locale.ROOT, "-log 4 + 2 JSD                %.6f  (JSD %.6f)%n", s.valueClosedForm(), s.jsd());
        out.printf(Locale.ROOT, "value error                   %.2e%n", s.valueError());
    }
}
