package io.gan4j.training;

import io.gan4j.config.ConfigException;
import io.gan4j.config.DataConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.data.Datasets;
import io.gan4j.data.image.DataRoot;
import io.gan4j.data.image.DownloadProgress;
import io.gan4j.data.image.IdxReader;
import io.gan4j.data.image.ImageDatasets;
import io.gan4j.data.image.ImageFolder;
import io.gan4j.data.image.ImageSource;
import io.gan4j.data.image.Resized;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.data.image.StackedMnist;
import io.gan4j.networks.AutoEncoderDiscriminator;
import io.gan4j.networks.ImageShape;
import io.gan4j.reports.AttentionMaps;
import io.gan4j.reports.Reconstructions;
import io.gan4j.reports.RunReport;
import io.gan4j.reports.SampleGrids;
import io.gan4j.reports.Traversals;
import io.gan4j.step.BatchRows;
import io.gan4j.torch.RandomStreams;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * Images: the dataset a config names, resized to {@code data.image_size}, in seeded shuffled
 * batches prepared ahead; sample grids from fixed codes and a latent interpolation; with the
 * auto-encoder discriminator, its reconstructions of real and generated images
 * ({@link Reconstructions}); with InfoGAN, the codes' traversals ({@link Traversals}) and the
 * categorical code's accuracy at the end ({@link InfoganAccuracy}).
 */
public final class ImageRunData implements RunData {

    private final RunConfig config;
    private final RandomStreams streams;
    private final Path dir;
    private final ImageSource source;
    private final ImageShape shape;
    private final ShuffledBatches shuffled;
    private final ImageBatches batches;
    private SampleGrids grids;
    private Reconstructions reconstructions;
    private AttentionMaps attention;
    private Traversals traversals;
    private io.gan4j.evaluation.TrainingMetrics trainingMetrics;
    private InfoganAccuracy accuracy;

    private ImageRunData(RunConfig config, RandomStreams streams, Path dir, ImageSource source, BatchRows mine) {
        this.config = config;
        this.streams = streams;
        this.dir = dir;
        this.source = source;
        this.shape = new ImageShape(source.channels(), source.height(), source.width());
        this.shuffled = new ShuffledBatches(source, config.data().batchSize(), streams.seedOf(RandomStreams.DATA));
        this.batches = new ImageBatches(shuffled, shape, config.data().prefetch(), mine);
    }

    /**
     * @throws ConfigException if the run is class-conditional and {@code model.classes} is not the
     *     number of classes the images have (a folder's subfolders, an IDX pair's labels)
     */
    static ImageRunData open(RunConfig config, RandomStreams streams, Path dir, PrintStream progress, BatchRows mine) {
        ImageSource source = source(config.data(), config.seed(), progress);
        int k = config.model().classes();
        if (k > 0 && source.classes() != k) {
            throw new ConfigException(
                    "'" + config.name() + "'",
                    List.of("model.classes: " + source.description() + " has " + source.classes() + " classes, found "
                            + k));
        }
        return new ImageRunData(config, streams, dir, source, mine);
    }

    /**
     * The images {@code data} names, at the configured size and channels.
     *
     * @param progress where download progress goes, or {@code null}
     */
    public static ImageSource source(DataConfig data, long seed, PrintStream progress) {
        DownloadProgress bar = progress == null
                ? DownloadProgress.silent()
                : DownloadProgress.textBar(progress, System.console() != null);
        ImageShape want = data.imageShape();
        ImageSource s;
        switch (data.dataset()) {
            case Datasets.FOLDER -> s = ImageFolder.read(Path.of(data.path()), want.height(), want.channels());
            case Datasets.IDX ->
                s = IdxReader.read(
                        Path.of(data.path()),
                        Path.of(data.labels()),
                        "IDX " + Path.of(data.path()).getFileName());
            case Datasets.STACKED_MNIST -> {
                ImageSource mnist =
                        ImageDatasets.open("mnist", data.split(), DataRoot.resolve(data.root()), data.download(), bar);
                s = StackedMnist.of(mnist, new RandomStreams(seed).seedOf("stacked-mnist"), mnist.size());
            }
            default ->
                s = ImageDatasets.open(
                        data.dataset(), data.split(), DataRoot.resolve(data.root()), data.download(), bar);
        }
        return Resized.of(s, want.height(), want.width());
    }

    @Override
    public BatchSource batches() {
        return batches;
    }

    @Override
    public ImageShape image() {
        return shape;
    }

    @Override
    public String describe() {
        return source.description();
    }

    @Override
    public List<TrainingListener> listeners(Gan gan) {
        List<TrainingListener> listeners = new ArrayList<>();
        if (!config.log().metricNames().isEmpty()) {
            trainingMetrics = new io.gan4j.evaluation.TrainingMetrics(config, shape, streams, dir);
            listeners.add(trainingMetrics);
        }
        if (config.log().report()) {
            grids = new SampleGrids(
                    dir,
                    shape,
                    config.log().gridEvery(),
                    config.log().gridRows(),
                    GanFactory.latent(config),
                    streams.torchFresh(RandomStreams.EVAL + "-grid"));
            listeners.add(grids);
            if (gan.discriminator() instanceof AutoEncoderDiscriminator) {
                reconstructions = reconstructions(config.log().gridRows());
                listeners.add(reconstructions);
            }
            if (gan.sampler().selfAttention() != null) {
                attention = new AttentionMaps(
                        dir,
                        config.log().gridEvery(),
                        GanFactory.latent(config)
                                .sample(
                                        AttentionMaps.IMAGES,
                                        new GeneratorOptional(streams.torchFresh(RandomStreams.EVAL + "-attention"))));
                listeners.add(attention);
            }
            if (gan.parts().mutualInformation() != null) {
                traversals = new Traversals(
                        dir,
                        shape,
                        config.log().gridEvery(),
                        gan.parts().mutualInformation().latent(),
                        streams.torchFresh(RandomStreams.EVAL + "-traversals"));
                listeners.add(traversals);
            }
        }
        if (gan.parts().mutualInformation() != null) {
            accuracy = new InfoganAccuracy(config, shape, gan, streams);
            listeners.add(accuracy);
        }
        return listeners;
    }

    /** n real images spread evenly over the dataset (index i·size/n: no random stream is used) and n fixed codes. */
    private Reconstructions reconstructions(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = (int) ((long) i * source.size() / n);
        }
        Tensor real = Tensor.create(shuffled.images(indices), shape.batch(n));
        Tensor codes = GanFactory.latent(config)
                .sample(n, new GeneratorOptional(streams.torchFresh(RandomStreams.EVAL + "-reconstructions")));
        return new Reconstructions(dir, shape, config.log().gridEvery(), real, codes);
    }

    @Override
    public TrainingSummary.ImageFigures summarise(History history) {
        StepLog last = history.last() != null ? history.last() : new StepLog(0);
        return new TrainingSummary.ImageFigures(
                source.size(),
                shape.toString(),
                last.value("d_loss"),
                last.value("g_loss"),
                last.value("g_pulling_away"),
                last.value("mi_bound"),
                last.value("mi_bound_continuous"),
                accuracy == null ? null : accuracy.results());
    }

    @Override
    public List<RunReport.Figure> figures() {
        List<RunReport.Figure> figures = new ArrayList<>();
        if (reconstructions != null && reconstructions.written()) {
            figures.add(new RunReport.Figure(
                    "Reconstructions by the auto-encoder discriminator",
                    "Rows, top to bottom: real images, D's reconstructions Dec(Enc(x)) of them, generated images "
                            + "(fixed codes), "
                            + "D's reconstructions of those. D's energy is the mean squared difference per pixel; "
                            + "it learns to "
                            + "reconstruct real images and, up to the margin, to fail on generated ones. Drawn at "
                            + "the last sample grid.",
                    List.of(reconstructions.file())));
        }
        if (trainingMetrics != null && trainingMetrics.confusionPicture() != null) {
            figures.add(new RunReport.Figure(
                    "Class agreement",
                    "Samples drawn for each class (rows) as the dataset's classifier "
                            + "labels them (columns), in per cent of the row, at the last measurement: an obedient "
                            + "generator is a dark "
                            + "diagonal; one that ignores its class has the same row for every class.",
                    List.of(trainingMetrics.confusionPicture())));
        }
        if (traversals != null && !traversals.files().isEmpty()) {
            figures.add(new RunReport.Figure("InfoGAN's codes", Traversals.CAPTION, traversals.files()));
        }
        if (attention != null && attention.written()) {
            figures.add(new RunReport.Figure(
                    "Self-attention in the generator", AttentionMaps.CAPTION, List.of(attention.file())));
        }
        return figures;
    }

    @Override
    public List<Path> pictures() {
        if (grids == null) {
            return List.of();
        }
        List<Path> all = new ArrayList<>(grids.files());
        if (java.nio.file.Files.exists(grids.interpolationFile())) {
            all.add(grids.interpolationFile());
        }
        return all;
    }
}
