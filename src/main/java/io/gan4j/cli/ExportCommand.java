package io.gan4j.cli;

import io.gan4j.Version;
import io.gan4j.config.ConfigWriter;
import io.gan4j.torch.Safetensors;
import io.gan4j.training.SavedGenerator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gan4j export RUN_DIR --out G.safetensors}: the generator's weights for use elsewhere. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/user-guide.md#sampling-and-export; file formats: docs/file-formats.md"},
        description = {
            "Write a run's generator (its moving average when the run kept one) as one safetensors file.",
            "Its metadata hold the architecture, latent size and prior, image shape, gan4j's version and the run's "
                    + "config."
        })
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by gan4j train.")
    Path runDir;

    @Option(names = "--out", paramLabel = "FILE.safetensors", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--raw", description = "The trained generator's own weights, not its moving average.")
    boolean raw;

    @Override
    public Integer call() {
        if (!out.toString().endsWith(".safetensors")) {
            throw new UserError("--out must name a .safetensors file, found " + out);
        }
        SavedGenerator g = Runs.savedGenerator(runDir, raw);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("gan4j_version", Version.gan4j());
        meta.put("architecture", g.config().model().generator().architecture());
        meta.put("latent_dim", String.valueOf(g.network().latentDim()));
        meta.put("latent_prior", g.config().model().latentPrior());
        if (g.config().infogan() != null) {
            meta.put(
                    "latent_layout",
                    "[z (" + g.config().model().latentDim() + ", latent_prior), one-hot of each categorical "
                            + "code " + g.config().infogan().categorical() + ", "
                            + g.config().infogan().continuous()
                            + " continuous codes in [-1, 1]] (InfoGAN)");
        }
        if (g.classes() > 0) {
            meta.put(
                    "latent_layout",
                    "[z (" + g.config().model().latentDim() + ", latent_prior), one-hot of the class (" + g.classes()
                            + ")] (class-conditional)");
        }
        meta.put("output", g.image() == null ? "2-D points" : "images " + g.image() + " in [-1, 1]");
        meta.put(
                "weights",
                g.averaged() ? "moving average (train.ema " + g.config().train().ema() + ")" : "trained");
        meta.put("source", g.source().toString());
        meta.put("config", ConfigWriter.toYaml(g.config()));
        Safetensors.save(g.network(), meta, out);
        System.out.println(
                "gan4j: wrote " + out + " (" + g.network().parameterCount() + " parameters, from " + g.source() + ")");
        return 0;
    }
}
