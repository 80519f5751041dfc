package io.gan4j.training;

import io.gan4j.config.RunConfig;
import io.gan4j.networks.ImageShape;
import io.gan4j.reports.AttentionMaps;
import io.gan4j.reports.Reconstructions;
import io.gan4j.reports.Traversals;
import io.gan4j.step.BatchRows;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run trains on, and what it measures and draws for that kind of data: toy points
 * ({@link ToyRunData}: mode metrics, exact W1, sample plots over the critic's field) or images
 * ({@link ImageRunData}: sample grids and a latent interpolation).
 */
interface RunData extends AutoCloseable {

    /** The real batches, made once (before the GAN is built). */
    BatchSource batches();

    /** The shape of one image, or {@code null} for toy points. */
    ImageShape image();

    /** One line: the data and where they came from. */
    String describe();

    /**
     * The listeners that evaluate and draw, in order; they come before the metrics file. Made once,
     * outside any PointerScope, after the GAN.
     */
    List<TrainingListener> listeners(Gan gan);

    /** The data's own figures for the summary (the last logged values of its metrics). */
    TrainingSummary.DataFigures summarise(History history);

    /** The sample pictures for the report, in step order, then any others. */
    List<Path> pictures();

    /**
     * The model's own pictures for the report (EBGAN's {@link Reconstructions}, InfoGAN's {@link Traversals},
     * SAGAN's {@link AttentionMaps}), written so far.
     */
    default List<io.gan4j.reports.RunReport.Figure> figures() {
        return List.of();
    }

    @Override
    default void close() {
        batches().close();
    }

    /**
     * The run data of {@code config}; a data-parallel process's batches are its rows ({@code mine})
     * of each global batch.
     */
    static RunData of(
            RunConfig config,
            io.gan4j.torch.RandomStreams streams,
            Path dir,
            java.io.PrintStream progress,
            BatchRows mine) {
        return config.data().hasImages()
                ? ImageRunData.open(config, streams, dir, progress, mine)
                : new ToyRunData(config, streams, dir, mine);
    }
}
