package io.gan4j.cli;

import io.gan4j.config.DataConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.data.Datasets;
import io.gan4j.evaluation.DistributionFigures;
import io.gan4j.evaluation.Evaluation;
import io.gan4j.evaluation.EvaluationResult;
import io.gan4j.evaluation.FeatureCache;
import io.gan4j.evaluation.Metric;
import io.gan4j.files.AtomicFiles;
import io.gan4j.torch.Torch;
import io.gan4j.training.Json;
import io.gan4j.training.SavedGenerator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gan4j evaluate}: FID, KID, IS, precision/recall, density/coverage, stacked-MNIST modes and class
 * agreement.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/evaluation.md"},
        description = {
            "Score a run's generator against a real split, or one real split against another.",
            "Writes eval.json (each metric under its name, and the protocol: extractor and its SHA-256, n, split, "
                    + "resizing) "
                    + "and prints a table. 1×28×28 images are measured with the shipped classifier of their dataset "
                    + "(MNIST or "
                    + "Fashion-MNIST), others with the Inception TorchScript of the FID literature (--inception or "
                    + "GAN4J_INCEPTION). "
                    + "IS, modes and class-agreement with an extractor of another dataset are refused; FID, KID, "
                    + "P&R and D&C with "
                    + "one carry a warning.",
            "Dataset names: <dataset>-<split>, e.g. mnist-train, mnist-test, fashion-mnist-test, cifar10-test, "
                    + "stl10-unlabeled, stacked-mnist-train; they resolve under data.root / GAN4J_DATA."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "RUN_DIR|CHECKPOINT",
            description = "A run directory, or one of its checkpoints/step-*.safetensors.")
    Path run;

    @Option(names = "--real", paramLabel = "NAME", description = "With no RUN: two real splits, the reference first.")
    List<String> real = new ArrayList<>();

    @Option(
            names = "--against",
            paramLabel = "NAME",
            description = "The reference split (default: the run's dataset, its test split where it has one).")
    String against;

    @Option(
            names = "--metrics",
            paramLabel = "LIST",
            description = "Comma-separated: fid, kid, is, pr, dc, modes, "
                    + "class-agreement (default: fid,kid,is,pr,dc; modes alone for stacked MNIST; class-agreement "
                    + "added for a "
                    + "class-conditional run).")
    String metrics;

    @Option(
            names = "--n",
            defaultValue = "10000",
            paramLabel = "N",
            description = "Samples on each side (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(
            names = "--seed",
            defaultValue = "0",
            paramLabel = "S",
            description = "Seed of the samples and subsets (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--batch",
            defaultValue = "250",
            paramLabel = "B",
            description = "Images per feature batch (default: ${DEFAULT-VALUE}).")
    int batch;

    private static final int MAX_BATCH = 10_000;

    @Option(
            names = "--extractor",
            defaultValue = "auto",
            paramLabel = "NAME",
            description = "auto, mnist-cnn, fashion-mnist-cnn or inception (default: ${DEFAULT-VALUE}).")
    String extractor;

    @Option(
            names = "--inception",
            paramLabel = "FILE",
            description = "The Inception TorchScript (inception-2015-12-05.pt).")
    Path inception;

    @Option(
            names = "--trust-extractor",
            description = "Load an --inception file whose SHA-256 is not the known one of the "
                    + "FID literature's Inception (loading TorchScript runs the code it holds; scores then "
                    + "record the file's hash).")
    boolean trustExtractor;

    @Option(
            names = "--classifier",
            paramLabel = "FILE",
            description = "Classifier weights from gan4j classifier train, which declare their dataset (default: the "
                    + "shipped ones of the dataset).")
    Path classifier;

    @Option(
            names = "--data-root",
            paramLabel = "DIR",
            description = "Where datasets live (default: the run's data.root, GAN4J_DATA, ~/.cache/gan4j/datasets).")
    String dataRoot;

    @Option(names = "--raw", description = "Score the trained generator's own weights, not its moving average.")
    boolean raw;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where eval.json goes (default: the run directory; with --real, the current one).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if ((run == null) == real.isEmpty() || (run == null && real.size() != 2)) {
            throw new UserError("give RUN_DIR (or a checkpoint), or --real NAME --real NAME to compare two splits");
        }
        if (n < 2 || n > SampleCommand.MAX_N || batch < 1 || batch > MAX_BATCH) {
            throw new UserError("need --n from 2 to " + SampleCommand.MAX_N + " and --batch from 1 to " + MAX_BATCH
                    + ", found --n " + n + ", --batch " + batch);
        }
        options(null, false);
        DataConfig realA = run == null ? named(real.get(0), null) : null;
        DataConfig realB = run == null ? named(real.get(1), null) : null;
        if (run != null && !Files.exists(run)) {
            throw new UserError(run + " does not exist");
        }
        if (run != null && Files.isDirectory(run) && !Files.isRegularFile(run.resolve("config.yaml"))) {
            throw new UserError(run + " is neither a gan4j run directory nor a checkpoint file");
        }
        Torch.init(io.gan4j.torch.ThreadSettings.convolutionDefaults());
        // a fault of the user's making arrives as a UserFault (exit 1 for data and files, 2 for a refused request)
        EvaluationResult result;
        Path target;
        if (run != null) {
            SavedGenerator g = load(run);
            DataConfig reference = against != null ? named(against, g.config().data()) : defaultReference(g.config());
            Evaluation.Options o = options(g.config().data().dataset(), g.classes() > 0);
            result = Evaluation.ofGenerator(g, reference, o);
            target = out != null
                    ? out
                    : (Files.isDirectory(run) ? run : run.getParent().getParent());
        } else {
            result = Evaluation.ofDatasets(realA, realB, options(realA.dataset(), false));
            target = out != null ? out : Path.of(".");
        }
        try {
            Files.createDirectories(target);
        } catch (java.io.IOException e) {
            throw new UserError("cannot create " + target + ": " + e.getMessage());
        }
        AtomicFiles.write(target.resolve("eval.json"), Json.pretty(result));
        EvaluationResult.ClassAgreementFigures ca = result.metrics().classAgreement();
        if (ca != null) {
            io.gan4j.evaluation.ClassAgreements.writePicture(
                    "Class agreement (" + ca.classifier() + ")",
                    ca.agreement(),
                    ca.classifier().replace("-cnn", ""),
                    target.resolve("class-agreement.png"));
        }
        print(spec.commandLine().getOut(), result, target.resolve("eval.json"));
        return 0;
    }

    private Evaluation.Options options(String dataset, boolean conditional) {
        EnumSet<Metric> m;
        try {
            m = metrics != null
                    ? Metric.parse(metrics)
                    : Datasets.STACKED_MNIST.equals(dataset)
                            ? EnumSet.of(Metric.MODES)
                            : Metric.parse("fid,kid,is,pr,dc"
                                    + (conditional
                                                    && io.gan4j.metrics.features.MnistClassifier.SHIPPED.contains(
                                                            dataset)
                                            ? ",class-agreement"
                                            : ""));
        } catch (IllegalArgumentException e) {
            throw new UserError("--metrics: " + e.getMessage());
        }
        if (m.isEmpty()) {
            throw new UserError("--metrics names no metric");
        }
        return new Evaluation.Options(
                m,
                n,
                seed,
                batch,
                extractor,
                inception,
                classifier,
                FeatureCache.standard(),
                System.err,
                trustExtractor);
    }

    private SavedGenerator load(Path path) {
        if (Files.isRegularFile(path)) {
            return SavedGenerator.fromCheckpoint(path, raw);
        }
        return SavedGenerator.load(path, raw);
    }

    private DataConfig defaultReference(RunConfig c) {
        return withRoot(c.data().heldOut());
    }

    /** {@code <dataset>-<split>}: the longest known dataset name that prefixes it, then a split of that dataset. */
    DataConfig named(String name, DataConfig like) {
        String dataset = Datasets.imageNames().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(d -> name.startsWith(d + "-"))
                .findFirst()
                .orElseThrow(() -> new UserError(
                        "unknown dataset name '" + name + "': expected <dataset>-<split> with dataset one of "
                                + String.join(", ", Datasets.imageNames())));
        String split = name.substring(dataset.length() + 1);
        if (!Datasets.splits(dataset).contains(split)) {
            throw new UserError(
                    "'" + name + "': " + dataset + " has the splits " + String.join(", ", Datasets.splits(dataset)));
        }
        DataConfig d = DataConfig.defaults();
        int size = like != null ? like.imageSize() : 0;
        String root = like != null ? like.root() : null;
        return withRoot(new DataConfig(dataset, d.batchSize(), root, split, size, 0, true, null, null, d.prefetch()));
    }

    private DataConfig withRoot(DataConfig d) {
        return dataRoot == null ? d : d.withRoot(dataRoot);
    }

    private static void print(PrintWriter out, EvaluationResult r, Path file) {
        out.println("compared:  " + r.compared());
        out.println("reference: " + r.reference());
        out.println();
        DistributionFigures d = r.metrics().distribution();
        if (d != null) {
            row(out, "fid", d.fid(), "%.5g");
            if (d.kid() != null) {
                row(
                        out,
                        "kid",
                        String.format(
                                Locale.ROOT,
                                "%.5g ± %.2g",
                                d.kid().mean(),
                                d.kid().std()));
            }
            if (d.inceptionScore() != null) {
                DistributionFigures.InceptionScoreSpread is = d.inceptionScore();
                row(out, "is", String.format(Locale.ROOT, "%.5g ± %.2g", is.mean(), is.std()));
            }
            row(out, "precision", d.precision(), "%.5g");
            row(out, "recall", d.recall(), "%.5g");
            row(out, "density", d.density(), "%.5g");
            row(out, "coverage", d.coverage(), "%.5g");
        }
        EvaluationResult.Modes m = r.metrics().modes();
        if (m != null) {
            row(
                    out,
                    "modes",
                    String.format(
                            Locale.ROOT,
                            "%d / %d modes, KL %.4f (%d samples)",
                            m.covered(),
                            m.of(),
                            m.kl(),
                            m.samples()));
        }
        EvaluationResult.ClassAgreementFigures a = r.metrics().classAgreement();
        if (a != null) {
            DoubleSummaryStatistics per =
                    Arrays.stream(a.perClass()).filter(x -> !Double.isNaN(x)).summaryStatistics();
            row(
                    out,
                    "class_agreement",
                    String.format(
                            Locale.ROOT,
                            "%.4f (per class %.3f to %.3f; chance %.3f; %d samples; by %s)",
                            a.overall(),
                            per.getCount() == 0 ? Double.NaN : per.getMin(),
                            per.getCount() == 0 ? Double.NaN : per.getMax(),
                            a.chance(),
                            a.samples(),
                            a.classifier()));
        }
        if (r.warnings() != null) {
            r.warnings().forEach(w -> out.println("  warning: " + w));
        }
        EvaluationResult.Protocol p = r.protocol();
        out.println();
        String extractor = p.extractor() != null
                ? p.extractor() + " (sha256 " + p.extractorSha256() + ")"
                : "modes by mnist-cnn (sha256 " + p.modesClassifierSha256() + ")";
        out.println("protocol: " + extractor + ", n " + p.nReference() + " / " + p.nCompared() + ", seed " + p.seed());
        out.println("eval: " + file);
        out.flush();
    }

    private static void row(PrintWriter out, String name, Double value, String format) {
        if (value != null) {
            row(out, name, String.format(Locale.ROOT, format, value));
        }
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf(Locale.ROOT, "  %-12s %s%n", name, value);
    }
}
