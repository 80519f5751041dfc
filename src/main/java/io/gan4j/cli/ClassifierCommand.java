package io.gan4j.cli;

import io.gan4j.data.image.DataRoot;
import io.gan4j.data.image.DownloadProgress;
import io.gan4j.data.image.ImageDatasets;
import io.gan4j.data.image.ImageSource;
import io.gan4j.metrics.features.ClassifierTraining;
import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gan4j classifier}: the MNIST classifier the metrics use. */
@Command(
        name = "classifier",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/evaluation.md"},
        description = "The classifiers that measure 28×28 grey images: one of MNIST's digits, one of Fashion-MNIST's "
                + "clothes.",
        subcommands = {ClassifierCommand.Train.class})
final class ClassifierCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: train");
    }

    /** {@code gan4j classifier train --dataset mnist}. */
    @Command(
            name = "train",
            mixinStandardHelpOptions = true,
            description = {
                "Train a dataset's classifier (two conv blocks, 128 features, 10 classes) and report its test "
                        + "accuracy.",
                "The shipped weights (src/main/resources/io/gan4j/classifiers/<dataset>-cnn.safetensors) were made "
                        + "by this command: "
                        + "mnist with its defaults, fashion-mnist with --epochs 10."
            })
    static final class Train implements Callable<Integer> {

        @Option(
                names = "--dataset",
                defaultValue = "mnist",
                paramLabel = "NAME",
                description = "mnist or fashion-mnist (default: ${DEFAULT-VALUE}).")
        String dataset;

        @Option(
                names = "--epochs",
                defaultValue = "4",
                paramLabel = "N",
                description = "Epochs; the last at a tenth of the learning rate (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(
                names = "--seed",
                defaultValue = "1",
                paramLabel = "S",
                description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "Where the weights go (default: <dataset>-cnn.safetensors).")
        Path out;

        @Option(
                names = "--data-root",
                paramLabel = "DIR",
                description = "Where datasets live (default: GAN4J_DATA, ~/.cache/gan4j/datasets).")
        String dataRoot;

        @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads (default: the free cores).")
        Integer threads;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!dataset.equals("mnist") && !dataset.equals("fashion-mnist")) {
                throw new UserError("--dataset must be mnist or fashion-mnist, found '" + dataset + "'");
            }
            if (epochs < 1) {
                throw new UserError("--epochs must be at least 1, found " + epochs);
            }
            Torch.init(threads == null ? ThreadSettings.convolutionDefaults() : new ThreadSettings(threads, 1));
            Path root = DataRoot.resolve(dataRoot);
            ImageSource train;
            ImageSource test;
            try {
                train = ImageDatasets.open(dataset, "train", root, true, DownloadProgress.textBar());
                test = ImageDatasets.open(dataset, "test", root, true, DownloadProgress.textBar());
            } catch (RuntimeException e) {
                throw new UserError(e.getMessage());
            }
            Path file = out != null ? out : Path.of(dataset + "-cnn.safetensors");
            ClassifierTraining.Result r =
                    ClassifierTraining.train(dataset, train, test, epochs, seed, file, System.err);
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "gan4j: %s classifier: test accuracy %.2f %% after %d epochs "
                                    + "(%.0f s); wrote %s (sha256 %s)%n",
                            dataset,
                            100 * r.testAccuracy(),
                            r.epochs(),
                            r.seconds(),
                            r.file(),
                            r.sha256());
            return 0;
        }
    }
}
