package io.gan4j.cli;

import io.gan4j.config.Presets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gan4j presets}: the shipped configs, one line each. */
@Command(
        name = "presets",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/configs.md; what each reached: docs/models.md, docs/evaluation.md"},
        description = "List the shipped configs; use a name wherever a config file goes.")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int width = Presets.names().stream().mapToInt(String::length).max().orElse(0);
        for (String name : Presets.names()) {
            spec.commandLine().getOut().printf("%-" + width + "s  %s%n", name, Presets.description(name));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
