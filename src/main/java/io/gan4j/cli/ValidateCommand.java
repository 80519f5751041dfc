package io.gan4j.cli;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.ConfigWriter;
import io.gan4j.config.RunConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan4j validate CONFIG}: checks a config and prints it resolved, without training. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/configs.md; every key: docs/config-reference.md"},
        description = "Check a config (all problems at once) and print it with every default filled in.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "A YAML file or a preset name.")
    String config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config key (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunConfig resolved = ConfigReader.read(config, overrides);
        spec.commandLine().getOut().print(ConfigWriter.toYaml(resolved));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
