package io.gan4j.cli;

import io.gan4j.config.Presets;
import io.gan4j.config.ValidConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gan4j demo}: the best toy preset, start to finish, with nothing to download. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/user-guide.md#what-the-demo-shows"},
        description = {
            "Train the demo GAN on the 8-Gaussian ring (a few minutes on 2 cores, no download).",
            "The demo preset is a copy of the best ring preset. Prints a summary and the path of the report page."
        })
final class DemoCommand implements Callable<Integer> {

    /** The preset the demo trains. */
    static final String PRESET = Presets.DEMO;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ValidConfig config =
                ValidConfig.fromYaml(Presets.yaml(PRESET), "preset '" + PRESET + "'", options.allOverrides());
        spec.commandLine().getOut().println("gan4j demo: " + Presets.description(PRESET));
        return Runs.train(config, options, spec.commandLine().getOut());
    }
}
