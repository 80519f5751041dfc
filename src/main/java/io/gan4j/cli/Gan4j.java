package io.gan4j.cli;

import io.gan4j.UserFault;
import io.gan4j.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gan4j} command: train, sample and evaluate GANs. */
@Command(
        name = "gan4j",
        mixinStandardHelpOptions = true,
        versionProvider = Gan4j.VersionProvider.class,
        description = "Train, sample and study generative adversarial networks on libtorch.",
        subcommands = {
            DemoCommand.class,
            TrainCommand.class,
            SampleCommand.class,
            ExportCommand.class,
            EvaluateCommand.class,
            ClassifierCommand.class,
            PresetsCommand.class,
            ValidateCommand.class,
            TheoryCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  gan4j demo",
            "  gan4j train wgan-gp-ring --set train.steps=2000 --out runs/try",
            "  gan4j sample runs/try --n 1000 --out samples.csv",
            "",
            "Docs: docs/user-guide.md (commands), docs/config-reference.md (config keys),",
            "      docs/java-api.md (gan4j from Java); README.md lists the rest."
        })
public final class Gan4j implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "On an error, print its whole stack trace, a user's fault included (also: GAN4J_DEBUG=1).")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exit 2 for usage and configuration errors, 1 for failures. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Gan4j());
        cl.setExecutionExceptionHandler(Gan4j::handle);
        return cl;
    }

    /**
     * The one boundary for errors: a {@link UserFault} is its message and its exit code, without a stack
     * trace unless {@code --debug}; anything else is a bug, reported with its trace as one.
     */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.originalArgs().contains("--debug") || "1".equals(System.getenv("GAN4J_DEBUG"));
        if (e instanceof UserFault fault) {
            err.println("gan4j: " + fault.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return fault.exitCode();
        }
        err.println("gan4j: failed: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            StackTraceElement[] trace = e.getStackTrace();
            for (int i = 0; i < Math.min(8, trace.length); i++) {
                err.println("    at " + trace[i]);
            }
        }
        err.println("gan4j: this is a bug in gan4j, not in what you asked for; please report it with the lines above");
        err.flush();
        return 1;
    }

    /** {@code --version}: gan4j's version and the PyTorch it runs on, without loading natives. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "gan4j " + Version.gan4j(),
                "PyTorch " + Version.pytorchPresets() + " (bytedeco JavaCPP presets)",
                "Java " + System.getProperty("java.version")
            };
        }
    }
}
