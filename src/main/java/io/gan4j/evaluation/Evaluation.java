package io.gan4j.evaluation;

import io.gan4j.Refused;
import io.gan4j.config.DataConfig;
import io.gan4j.data.Datasets;
import io.gan4j.data.image.DownloadProgress;
import io.gan4j.data.image.ImageDataException;
import io.gan4j.data.image.ImageSource;
import io.gan4j.metrics.features.FeatureExtractor;
import io.gan4j.metrics.features.InceptionTorchScript;
import io.gan4j.metrics.features.MnistClassifier;
import io.gan4j.metrics.image.ClassAgreement;
import io.gan4j.networks.ImageShape;
import io.gan4j.torch.RandomStreams;
import io.gan4j.training.ImageRunData;
import io.gan4j.training.SavedGenerator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * One evaluation: a generator's samples (or a second real split) against a real split, with the
 * metrics asked for, and the protocol that produced the numbers: extractor, its SHA-256 and
 * protocol, sample counts, seed, image shape. The reference set's features are cached.
 */
public final class Evaluation {

    /**
     * How to evaluate.
     *
     * @param extractor {@code auto} (the dataset's classifier for 1×28×28 images, Inception otherwise),
     *     {@code mnist-cnn}, {@code fashion-mnist-cnn} or {@code inception}
     * @param inception the Inception TorchScript file, or {@code null} for {@code GAN4J_INCEPTION}
     * @param classifier a classifier's weights (written by {@code gan4j classifier train}, declaring its
     *     dataset), or {@code null} for the shipped one of the dataset
     * @param progress where feature extraction reports, or {@code null}
     * @param trustExtractor load an Inception file whose SHA-256 is not the known one (TorchScript can run code)
     */
    public record Options(
            EnumSet<Metric> metrics,
            int n,
            long seed,
            int batch,
            String extractor,
            Path inception,
            Path classifier,
            FeatureCache cache,
            PrintStream progress,
            boolean trustExtractor) {}

    private Evaluation() {}

    /** A run's generator against the real split {@code reference} (the run's data with that dataset and split). */
    public static EvaluationResult ofGenerator(SavedGenerator g, DataConfig reference, Options o) {
        ImageShape shape = g.image();
        if (shape == null) {
            throw new Refused("a toy run's samples are points: its figures are in summary.json (modes, W1)");
        }
        String compared = "samples of " + g.source() + (g.averaged() ? " (moving average)" : "");
        if (o.metrics().contains(Metric.CLASS_AGREEMENT) && g.classes() == 0) {
            throw new Refused("class-agreement measures a class-conditional generator (model.classes > 0); "
                    + g.source() + " is unconditional");
        }
        GeneratorOptional stream = new GeneratorOptional(new RandomStreams(o.seed()).torchFresh("evaluate"));
        Features.Images samples = (start, size) -> Tensor.create(g.sampleFrom(stream, size), shape.batch(size));
        EvaluationResult result = evaluate(compared, reference, samples, o.n(), shape, o);
        if (!o.metrics().contains(Metric.CLASS_AGREEMENT)) {
            return result;
        }
        long t0 = System.nanoTime();
        MnistClassifier c = datasetClassifier(g.config().data().dataset(), o, "class-agreement");
        GeneratorOptional classStream =
                new GeneratorOptional(new RandomStreams(o.seed()).torchFresh("evaluate-classes"));
        ClassAgreement a =
                ClassAgreements.measure(labels -> g.imagesOf(labels, classStream), g.classes(), o.n(), o.batch(), c);
        return result.withClassAgreement(
                EvaluationResult.ClassAgreementFigures.of(a, c.name()), c.sha256(), seconds(t0));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * The classifier that labels images of {@code dataset} for {@code metric} (IS, modes, class
     * agreement): {@code --classifier}'s if given, else the one shipped for the dataset; one made for
     * another dataset is refused, naming both.
     */
    static MnistClassifier datasetClassifier(String dataset, Options o, String metric) {
        MnistClassifier c;
        if (o.classifier() != null) {
            c = MnistClassifier.load(o.classifier());
        } else {
            String own = dataset.equals(Datasets.STACKED_MNIST) ? "mnist" : dataset;
            if (!MnistClassifier.SHIPPED.contains(own)) {
                throw new Refused(metric + " labels images with a classifier of their dataset, and gan4j ships "
                        + "none of " + dataset + " (only of " + String.join(" and ", MnistClassifier.SHIPPED)
                        + "): train one with "
                        + "gan4j classifier train and give it with --classifier FILE");
            }
            c = MnistClassifier.shipped(own);
        }
        if (!c.fits(dataset)) {
            throw new Refused(metric + " with " + c.name() + " (trained on " + c.domain() + ") on "
                    + dataset + " images would be a figure of the classifier, not of the images: use the classifier of "
                    + dataset);
        }
        return c;
    }

    /** Why IS with {@code ex} on images of {@code dataset}, which it was not trained on, is refused. */
    static String offDomainIs(FeatureExtractor ex, String dataset) {
        return "is with " + ex.name() + " (trained on " + ex.domain() + ") on " + dataset
                + " images would be a figure of the extractor, not of the images";
    }

    /** The real split {@code compared} against the real split {@code reference} (the floor a generator can reach). */
    public static EvaluationResult ofDatasets(DataConfig reference, DataConfig compared, Options o) {
        if (o.metrics().contains(Metric.CLASS_AGREEMENT)) {
            throw new Refused("class-agreement measures a class-conditional generator; two real splits have "
                    + "no asked classes (the classifier's test accuracy is their agreement: gan4j "
                    + "classifier train prints it)");
        }
        ImageSource b = source(compared, o);
        ImageShape shape = new ImageShape(b.channels(), b.height(), b.width());
        int n = Math.min(o.n(), b.size());
        String what = describe(compared) + " (" + n + " of " + b.size() + " images)";
        return evaluate(what, reference, Features.of(b, n, o.seed() + 1), n, shape, o);
    }

    private static EvaluationResult evaluate(
            String what, DataConfig reference, Features.Images compared, int n, ImageShape shape, Options o) {
        ImageSource real = source(reference, o);
        if (real.channels() != shape.channels() || real.height() != shape.height() || real.width() != shape.width()) {
            throw new Refused(
                    "the reference " + describe(reference) + " has images of " + real.channels() + "×" + real.height()
                            + "×" + real.width() + ", the compared set " + shape + ": set data.image_size to match");
        }
        int nReal = Math.min(o.n(), real.size());
        EnumSet<Metric> distribution = Metric.distributional(o.metrics());
        List<String> warnings = new ArrayList<>();
        FeatureExtractor ex = null;
        DistributionFigures figures = null;
        Double referenceSeconds = null;
        Double comparedSeconds = null;
        Double metricSeconds = null;
        if (!distribution.isEmpty()) {
            ex = extractor(shape, o, reference.dataset());
            if (!ex.fits(reference.dataset())) {
                if (distribution.contains(Metric.IS)) {
                    throw new Refused(offDomainIs(ex, reference.dataset()) + ": use an extractor of "
                            + reference.dataset() + " or leave is out of --metrics");
                }
                warnings.add(ex.name() + " was trained on " + ex.domain() + ", not on " + reference.dataset()
                        + ": its distances compare features made for other images");
            }
            long t0 = System.nanoTime();
            Features ref = referenceFeatures(reference, real, nReal, shape, ex, o);
            referenceSeconds = seconds(t0);
            long t1 = System.nanoTime();
            Features cmp = Features.of(compared, n, o.batch(), ex, progress(o, "compared features", n));
            comparedSeconds = seconds(t1);
            long t2 = System.nanoTime();
            figures = Comparison.of(
                    ref, cmp, distribution, new GeneratorOptional(new RandomStreams(o.seed()).torchFresh("kid")));
            metricSeconds = seconds(t2);
        }
        EvaluationResult.Modes modes = null;
        String modesSha256 = null;
        Double modesSeconds = null;
        if (o.metrics().contains(Metric.MODES)) {
            long t3 = System.nanoTime();
            MnistClassifier c = datasetClassifier(Datasets.STACKED_MNIST, o, "modes");
            modes = EvaluationResult.Modes.of(StackedModes.count(compared, n, o.batch(), c));
            modesSha256 = c.sha256();
            modesSeconds = seconds(t3);
        }
        return new EvaluationResult(
                what,
                describe(reference) + " (" + nReal + " of " + real.size() + " images)",
                new EvaluationResult.Metrics(figures, modes, null),
                warnings.isEmpty() ? null : warnings,
                new EvaluationResult.Protocol(
                        nReal,
                        n,
                        o.seed(),
                        shape.toString(),
                        ex == null ? null : ex.name(),
                        ex == null ? null : ex.sha256(),
                        ex == null ? null : ex.protocol(),
                        modesSha256,
                        null),
                new EvaluationResult.Seconds(referenceSeconds, comparedSeconds, metricSeconds, modesSeconds, null));
    }

    /** The reference split's features by {@code ex}, from the cache when they were extracted before. */
    private static Features referenceFeatures(
            DataConfig reference, ImageSource real, int nReal, ImageShape shape, FeatureExtractor ex, Options o) {
        Path cacheFile = o.cache()
                .file(
                        reference.dataset(),
                        reference.split(),
                        shape.toString(),
                        ex.name(),
                        ex.sha256(),
                        nReal,
                        o.seed());
        return o.cache()
                .get(
                        cacheFile,
                        () -> Features.of(
                                Features.of(real, nReal, o.seed()),
                                nReal,
                                o.batch(),
                                ex,
                                progress(o, "reference features", nReal)));
    }

    /**
     * The extractor for images of {@code shape} from {@code dataset}: with {@code auto}, the
     * dataset's own classifier for 1×28×28 images ({@code --classifier}'s, or the shipped one of
     * MNIST or Fashion-MNIST; MNIST's for other 28×28 grey images), Inception otherwise.
     */
    static FeatureExtractor extractor(ImageShape shape, Options o, String dataset) {
        String name = o.extractor();
        boolean mnistLike = shape.channels() == 1 && shape.height() == 28 && shape.width() == 28;
        if (name.equals("auto") && mnistLike) {
            return o.classifier() != null
                    ? MnistClassifier.load(o.classifier())
                    : MnistClassifier.shipped(MnistClassifier.SHIPPED.contains(dataset) ? dataset : "mnist");
        }
        for (String shipped : MnistClassifier.SHIPPED) {
            if (name.equals(shipped + "-cnn")) {
                return MnistClassifier.shipped(shipped);
            }
        }
        if (name.equals("inception") || name.equals("auto")) {
            Path file = o.inception();
            String env = System.getenv("GAN4J_INCEPTION");
            if (file == null && env != null && !env.isBlank()) {
                file = Path.of(env);
            }
            if (file == null) {
                Path dir = Path.of(System.getProperty("user.home"), ".cache", "gan4j", "models");
                try {
                    file = InceptionTorchScript.fetch(
                            dir, o.progress() == null ? DownloadProgress.silent() : DownloadProgress.textBar());
                } catch (ImageDataException e) {
                    throw new ImageDataException(
                            "images of " + shape + " are measured with Inception, and it could not "
                                    + "be downloaded (" + e.getMessage() + "): download " + InceptionTorchScript.URL
                                    + " (SHA-256 "
                                    + InceptionTorchScript.EXPECTED_SHA256
                                    + ") yourself and give it with --inception FILE or GAN4J_INCEPTION",
                            e);
                }
            }
            return InceptionTorchScript.load(file, o.trustExtractor());
        }
        throw new Refused("unknown extractor '" + name + "'; known: auto, mnist-cnn, fashion-mnist-cnn, inception");
    }

    static ImageSource source(DataConfig data, Options o) {
        if (data.dataset().equals(Datasets.STACKED_MNIST)) {
            // stacked MNIST is as large as asked: the papers count modes on 26,000 samples
            return io.gan4j.data.image.StackedMnist.of(
                    ImageRunData.source(withDataset(data, "mnist"), 0, o.progress()),
                    new RandomStreams(o.seed()).seedOf("stacked-mnist-eval"),
                    Math.max(o.n(), 1));
        }
        return ImageRunData.source(data, 0, o.progress());
    }

    private static DataConfig withDataset(DataConfig d, String dataset) {
        return new DataConfig(
                dataset, d.batchSize(), d.root(), d.split(), 0, 0, d.download(), null, null, d.prefetch());
    }

    static String describe(DataConfig d) {
        return d.dataset() + " " + d.split() + (d.imageSize() != 0 ? " at " + d.imageSize() + "×" + d.imageSize() : "");
    }

    private static java.util.function.IntConsumer progress(Options o, String what, int total) {
        if (o.progress() == null) {
            return null;
        }
        int[] lastTenth = {-1};
        return done -> {
            int tenth = (int) (10L * done / total);
            if (tenth != lastTenth[0]) {
                lastTenth[0] = tenth;
                o.progress().printf(Locale.ROOT, "  %s: %d/%d%n", what, done, total);
                o.progress().flush();
            }
        };
    }
}
