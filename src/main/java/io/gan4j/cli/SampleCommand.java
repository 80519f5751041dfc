package io.gan4j.cli;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.RunConfig;
import io.gan4j.files.AtomicFiles;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.Tensors;
import io.gan4j.torch.Torch;
import io.gan4j.training.Gan;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.GanFactory;
import io.gan4j.torch.RandomStreams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gan4j sample RUN_DIR}: points from a trained generator. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Write N points from a run's saved generator to a CSV file, one 'x,y' per line.")
final class SampleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by gan4j train or demo.")
    Path runDir;

    @Option(names = "--n", paramLabel = "N", defaultValue = "1000", description = "How many points (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "The CSV file to write.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the latent codes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (n < 1) {
            throw new UserError("--n must be at least 1, found " + n);
        }
        RunDirectory dir;
        try {
            dir = RunDirectory.open(runDir);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path weights = dir.file("generator.safetensors");
        if (!Files.isRegularFile(weights)) {
            throw new UserError(runDir + " has no generator.safetensors: did its training finish?");
        }
        RunConfig config = ConfigReader.read(dir.file("config.yaml").toString(), List.of());
        Torch.init(config.resolvedThreads());
        Gan gan = GanFactory.toy(config, new RandomStreams(config.seed()));
        Safetensors.load(gan.generator(), weights);
        StringBuilder csv = new StringBuilder();
        try (PointerScope scope = new PointerScope()) {
            double[][] points = Tensors.toRows(gan.generate(n, new GeneratorOptional(new RandomStreams(seed).torch("sample"))));
            for (double[] p : points) {
                csv.append(String.format(Locale.ROOT, "%.6g,%.6g%n", p[0], p[1]));
            }
        }
        AtomicFiles.write(out, csv.toString());
        return 0;
    }
}
