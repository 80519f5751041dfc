package io.gan4j.cli;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.RunConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code gan4j train CONFIG}: trains a GAN into a run directory. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a GAN from a YAML config or a preset into a run directory.",
        "It holds config.yaml, metrics.jsonl, summary.json, samples-*.png, report.html and the networks' weights."})
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "A YAML file, or a preset name (see: gan4j presets).")
    String config;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RunConfig resolved = ConfigReader.read(config, options.allOverrides());
        return Runs.train(resolved, options, spec.commandLine().getOut());
    }
}
