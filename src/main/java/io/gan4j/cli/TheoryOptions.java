package io.gan4j.cli;

import io.gan4j.theory.TheoryRun;
import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code gan4j theory} experiment shares. */
public final class TheoryOptions {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The run directory (must be new or empty). Default: runs/<experiment>-<timestamp>.")
    public Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the experiment's random streams (default: 1).")
    public long seed = 1;

    @Option(names = "--quick", description = "Run the reduced budget the tests use (seconds instead of minutes).")
    public boolean quick;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Compute threads (default: measured best, 1 intra-op + all cores for BLAS).")
    public Integer threads;

    /** Checks the options and loads the natives with the chosen thread settings. */
    public void initTorch() {
        if (threads != null && threads < 1) {
            throw new UserError("--threads must be at least 1, found " + threads);
        }
        Torch.init(threads == null ? ThreadSettings.defaults() : ThreadSettings.total(threads));
    }

    /**
     * The run directory for {@code experiment}: {@code --out}, which must be new or empty, or a fresh one under
     * runs/.
     */
    public TheoryRun createRun(String experiment, String title) {
        return TheoryRun.create(out, experiment, title);
    }
}
