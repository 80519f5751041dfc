package io.gan4j.training;

import io.gan4j.config.DataConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.data.Datasets;
import io.gan4j.data.image.ImageSource;
import io.gan4j.metrics.features.MnistClassifier;
import io.gan4j.metrics.image.CategoryAccuracy;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.InfoganLatent;
import io.gan4j.regularisers.MutualInformation;
import io.gan4j.reports.Traversals;
import io.gan4j.torch.Devices;
import io.gan4j.torch.RandomStreams;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * InfoGAN image runs, at the end of training: the first categorical code as a classifier, scored
 * by {@link CategoryAccuracy} (each category mapped to the class it best matches, one to one):
 * <ul>
 *   <li>{@code categorical_accuracy_generated}, MNIST only: n images per category (the sampling
 *       generator, z and the other codes drawn from a fixed evaluation stream), classified by the
 *       shipped MNIST classifier, against the category they were generated from;</li>
 *   <li>{@code categorical_accuracy_real}, labelled datasets: Q's most likely category (D and Q
 *       in evaluation mode) of the first n images of the test split (the training split where
 *       there is none), against their labels (unlabelled images are left out): the paper's
 *       "5% error rate" on MNIST.</li>
 * </ul>
 * n = {@code infogan.accuracy_samples} (split evenly over the categories for the generated images);
 * 0 skips both. Each accuracy comes with the mapping, {@code categorical_mapping_…}: the class of
 * each category in order. Measuring draws from its own stream and never changes training.
 */
public final class InfoganAccuracy implements TrainingListener {

    private static final int BATCH = 250;

    private final RunConfig config;
    private final ImageShape shape;
    private final InfoganLatent latent;
    private final MutualInformation mi;
    private final RandomStreams streams;
    private Figures results;

    public InfoganAccuracy(RunConfig config, ImageShape shape, Gan gan, RandomStreams streams) {
        this.config = config;
        this.shape = shape;
        this.mi = gan.parts().mutualInformation();
        this.latent = mi.latent();
        this.streams = streams;
    }

    /** Whether the run measures the accuracy on generated images: MNIST at 1×28×28, with a categorical code. */
    static boolean measuresGenerated(RunConfig config) {
        return "mnist".equals(config.data().dataset())
                && config.data().imageShape().equals(new ImageShape(1, 28, 28))
                && !config.infogan().categorical().isEmpty()
                && config.infogan().accuracySamples() > 0;
    }

    @Override
    public void onCompleted(Gan gan, int steps) {
        results = null;
        if (latent.categories().isEmpty() || config.infogan().accuracySamples() == 0) {
            return;
        }
        CategoryAccuracy generated = measuresGenerated(config) ? generated(gan) : null;
        CategoryAccuracy real = real(gan);
        results = new Figures(
                generated == null ? null : generated.accuracy(),
                mapping(generated),
                real == null ? null : real.accuracy(),
                mapping(real));
    }

    /**
     * The accuracies measured at the end, each with its mapping: the class of category 0, 1, …, space-separated.
     *
     * @param categoricalAccuracyGenerated the shipped classifier's on generated images, or {@code null}
     * @param categoricalAccuracyReal Q's on real test images, or {@code null}
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Figures(
            Double categoricalAccuracyGenerated,
            String categoricalMappingGenerated,
            Double categoricalAccuracyReal,
            String categoricalMappingReal) {}

    /** The figures measured at the end, or {@code null} before the end or when nothing was measured. */
    public Figures results() {
        return results;
    }

    private static String mapping(CategoryAccuracy a) {
        return a == null
                ? null
                : Arrays.stream(a.classOf()).mapToObj(String::valueOf).collect(Collectors.joining(" "));
    }

    private CategoryAccuracy generated(Gan gan) {
        int k = latent.categories().get(0);
        int perCategory = Math.max(1, config.infogan().accuracySamples() / k);
        MnistClassifier classifier = MnistClassifier.shipped();
        GeneratorOptional stream = new GeneratorOptional(streams.torchFresh(RandomStreams.EVAL + "-infogan-accuracy"));
        long[][] confusion = new long[k][10];
        for (int category = 0; category < k; category++) {
            for (int start = 0; start < perCategory; start += BATCH) {
                int size = Math.min(BATCH, perCategory - start);
                try (PointerScope scope = new PointerScope()) {
                    InfoganLatent.Codes drawn = latent.sampleCodes(size, stream);
                    int[] from = new int[size];
                    int[] first = new int[size];
                    for (int i = 0; i < size; i++) {
                        from[i] = i;
                        first[i] = category;
                    }
                    InfoganLatent.Codes codes = new InfoganLatent.Codes(
                            drawn.noise(),
                            Traversals.cells(latent, drawn, from, first, -1, new double[size])
                                    .categories(),
                            drawn.continuous());
                    for (int digit : classifier.predict(gan.generateFrom(latent.input(codes)))) {
                        confusion[category][digit]++;
                    }
                }
            }
        }
        return CategoryAccuracy.of(confusion);
    }

    private CategoryAccuracy real(Gan gan) {
        DataConfig d = config.data();
        if (!Datasets.isImage(d.dataset())
                || d.dataset().equals(Datasets.FOLDER)
                || d.dataset().equals(Datasets.STACKED_MNIST)) {
            return null;
        }
        ImageSource source = ImageRunData.source(d.heldOut(), config.seed(), null);
        if (source.classes() == 0) {
            return null;
        }
        int n = Math.min(config.infogan().accuracySamples(), source.size());
        int k = latent.categories().get(0);
        int[] categories = new int[n];
        int[] labels = new int[n];
        int per = source.imageBytes();
        for (int start = 0; start < n; start += BATCH) {
            int size = Math.min(BATCH, n - start);
            float[] pixels = new float[size * per];
            byte[] image = new byte[per];
            for (int i = 0; i < size; i++) {
                source.read(start + i, image, 0);
                labels[start + i] = source.label(start + i);
                for (int p = 0; p < per; p++) {
                    pixels[i * per + p] = (float) ((image[p] & 0xff) / 127.5 - 1);
                }
            }
            try (PointerScope scope = new PointerScope()) {
                Tensor x = Tensor.create(pixels, size, shape.channels(), shape.height(), shape.width());
                Tensor best = mi.logits(
                                Devices.inEvaluation(
                                        gan.discriminator(),
                                        gan.parts().device(),
                                        on -> gan.discriminator()
                                                .judge(on, null)
                                                .posterior(),
                                        x),
                                0)
                        .argmax(new LongOptional(1), false);
                long[] v = new long[size];
                java.nio.LongBuffer b = best.contiguous().createBuffer();
                b.get(v);
                for (int i = 0; i < size; i++) {
                    categories[start + i] = (int) v[i];
                }
            }
        }
        long[][] confusion = new long[k][source.classes()];
        for (int i = 0; i < n; i++) {
            if (labels[i] >= 0) {
                confusion[categories[i]][labels[i]]++;
            }
        }
        return Arrays.stream(labels).anyMatch(l -> l >= 0) ? CategoryAccuracy.of(confusion) : null;
    }
}
