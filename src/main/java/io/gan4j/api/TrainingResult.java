package io.gan4j.api;

import io.gan4j.training.TrainingSummary;
import java.nio.file.Path;

/**
 * A finished training.
 *
 * @param directory the run directory (config, metrics, checkpoints, weights, report)
 * @param summary what its {@code summary.json} holds: steps done, where a requested stop took effect ({@code
 *     stoppedAt}, else {@code null}), wall seconds, and the figures of its kind of data
 */
public record TrainingResult(Path directory, TrainingSummary summary) {

    /**
     * The run's generator, loaded for sampling (its moving average when the run kept one); close it after use.
     *
     * @return the generator; close it after use
     */
    public TrainedGenerator generator() {
        return TrainedGenerator.load(directory);
    }
}
