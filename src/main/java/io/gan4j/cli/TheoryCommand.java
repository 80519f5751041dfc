package io.gan4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gan4j theory EXPERIMENT}: the papers' claims as numbers and pictures. Each experiment
 * writes a run directory ({@code summary.json}, CSV curves, PNGs, {@code report.html}) and prints
 * its key figures.
 */
@Command(
        name = "theory",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/theory.md"},
        description = "The papers' theory as numbers and pictures: each experiment writes a run directory.",
        subcommands = {
            OptimalDiscriminatorCommand.class,
            ParallelLinesCommand.class,
            SaturationCommand.class,
            GradientNormsCommand.class,
            CriticTracksQualityCommand.class,
            SpectralNormCommand.class,
            CommandLine.HelpCommand.class
        })
final class TheoryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "an experiment is required; see gan4j theory --help");
    }
}
