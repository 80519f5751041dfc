package io.gan4j.evaluation;

import io.gan4j.Refused;
import io.gan4j.config.DataConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.data.Datasets;
import io.gan4j.metrics.features.FeatureExtractor;
import io.gan4j.metrics.features.MnistClassifier;
import io.gan4j.metrics.image.ClassAgreement;
import io.gan4j.metrics.image.StackedMnistModes;
import io.gan4j.networks.ConditionalLatent;
import io.gan4j.networks.ImageShape;
import io.gan4j.torch.RandomStreams;
import io.gan4j.training.Every;
import io.gan4j.training.Gan;
import io.gan4j.training.StepLog;
import io.gan4j.training.TrainingListener;
import java.util.EnumSet;
import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * Image runs: the metrics {@code log.metrics} names, every {@code log.metrics_every} steps and at
 * the last, on {@code log.metrics_samples} generated images (from the run's evaluation stream, so
 * measuring never changes training) against as many images of the dataset's test split (its
 * training split where it has none), into the step's log: {@code fid}, {@code kid}, {@code is},
 * {@code precision}, {@code recall}, {@code density}, {@code coverage}, {@code modes_covered},
 * {@code modes_kl}, {@code class_agreement}. The reference features are computed once, when the
 * run starts. Class agreement ({@link ClassAgreements}) also writes the last measurement's confusion
 * matrix as {@value #CONFUSION_PNG} into the run directory, for the report.
 */
public final class TrainingMetrics implements TrainingListener {

    /** The confusion-matrix picture of the last class-agreement measurement, in the run directory. */
    public static final String CONFUSION_PNG = "class-agreement.png";

    private final EnumSet<Metric> metrics;
    private final MnistClassifier agreementClassifier;
    private final GeneratorOptional classStream;
    private final java.nio.file.Path dir;
    private final String dataset;
    private ClassAgreement lastAgreement;
    private final EnumSet<Metric> distribution;
    private final int every;
    private final int samples;
    private final FeatureExtractor extractor;
    private final MnistClassifier modesClassifier;
    private final Features reference;
    private final GeneratorOptional stream;
    private final GeneratorOptional kidStream;
    private int lastStep;

    /**
     * Call outside any PointerScope: the reference features live for the run. The class-agreement
     * picture goes into {@code dir} ({@code null}: none).
     *
     * @throws Refused for IS, modes or class agreement with a classifier of another dataset
     */
    public TrainingMetrics(RunConfig config, ImageShape shape, RandomStreams streams, java.nio.file.Path dir) {
        this.metrics = Metric.parse(String.join(",", config.log().metricNames()));
        this.every = config.log().metricsEvery();
        this.samples = config.log().metricsSamples();
        Evaluation.Options o = new Evaluation.Options(
                metrics, samples, config.seed(), 250, "auto", null, null, FeatureCache.standard(), null, false);
        this.distribution = Metric.distributional(metrics);
        DataConfig d = config.data();
        this.dataset = d.dataset();
        this.dir = dir;
        this.extractor = distribution.isEmpty() ? null : Evaluation.extractor(shape, o, d.dataset());
        if (extractor != null && !extractor.fits(d.dataset()) && distribution.contains(Metric.IS)) {
            throw new Refused("log.metrics: " + Evaluation.offDomainIs(extractor, d.dataset()));
        }
        this.modesClassifier = metrics.contains(Metric.MODES)
                ? Evaluation.datasetClassifier(Datasets.STACKED_MNIST, o, "modes")
                : null;
        this.agreementClassifier = metrics.contains(Metric.CLASS_AGREEMENT)
                ? Evaluation.datasetClassifier(d.dataset(), o, "class-agreement")
                : null;
        DataConfig ref = d.heldOut();
        if (extractor != null) {
            var source = Evaluation.source(ref, o);
            int n = Math.min(samples, source.size());
            this.reference = o.cache()
                    .get(
                            o.cache()
                                    .file(
                                            ref.dataset(),
                                            ref.split(),
                                            shape.toString(),
                                            extractor.name(),
                                            extractor.sha256(),
                                            n,
                                            config.seed()),
                            () -> Features.of(Features.of(source, n, config.seed()), n, 250, extractor, null));
        } else {
            this.reference = null;
        }
        Generator g = streams.torch(RandomStreams.EVAL + "-metrics");
        this.stream = new GeneratorOptional(g);
        this.kidStream = new GeneratorOptional(streams.torch(RandomStreams.EVAL + "-kid"));
        this.classStream = new GeneratorOptional(streams.torch(RandomStreams.EVAL + "-classes"));
    }

    /** The class-agreement picture, or {@code null} when none has been written. */
    public java.nio.file.Path confusionPicture() {
        return dir == null || lastAgreement == null ? null : dir.resolve(CONFUSION_PNG);
    }

    @Override
    public void onStart(Gan gan, int fromStep, int totalSteps) {
        lastStep = totalSteps;
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (log == null || !Every.atOrLast(step, every, lastStep)) {
            return;
        }
        Features.Images generated = (start, size) -> gan.generate(size, stream);
        if (reference != null) {
            Features fake = Features.of(generated, samples, 250, extractor, null);
            Comparison.of(reference, fake, distribution, kidStream).headline().forEach(log::put);
        }
        if (modesClassifier != null) {
            StackedMnistModes m = StackedModes.count(generated, samples, 250, modesClassifier);
            log.put("modes_covered", m.covered());
            log.put("modes_kl", m.kl());
        }
        if (agreementClassifier != null) {
            ConditionalLatent latent = (ConditionalLatent) gan.parts().latent();
            lastAgreement = ClassAgreements.measure(
                    labels -> gan.generateFrom(latent.input(latent.codesFor(labels, classStream))),
                    latent.classes(),
                    samples,
                    250,
                    agreementClassifier);
            log.put("class_agreement", lastAgreement.overall());
            if (dir != null) {
                ClassAgreements.writePicture(
                        "Class agreement at step " + step + " (" + agreementClassifier.name() + ")",
                        lastAgreement,
                        dataset,
                        dir.resolve(CONFUSION_PNG));
            }
        }
    }
}
