package io.gan4j.api;

import java.nio.file.Path;
import java.util.Map;

/**
 * One logged step of a training, as {@code metrics.jsonl} has it.
 *
 * @param step the generator step just done, 1-based
 * @param totalSteps the step training runs to ({@code train.steps})
 * @param figures the step's figures by their {@code metrics.jsonl} names: {@code d_loss}, {@code g_loss}, each
 *     term's value, and where measured {@code w1}, {@code modes_captured}, {@code fid}, …; NaN where not finite
 * @param checkpoint the checkpoint written at this step, or {@code null}
 */
public record TrainingProgress(int step, int totalSteps, Map<String, Double> figures, Path checkpoint) {

    /**
     * Copies {@code figures}, so the record does not change with the map it was given.
     *
     * @param step the generator step just done, 1-based
     * @param totalSteps the step training runs to
     * @param figures the step's figures by name
     * @param checkpoint the checkpoint written at this step, or {@code null}
     */
    public TrainingProgress {
        figures = Map.copyOf(figures);
    }

    /**
     * The discriminator's loss of the step (NaN if not logged).
     *
     * @return {@code d_loss}, or NaN
     */
    public double discriminatorLoss() {
        return figures.getOrDefault("d_loss", Double.NaN);
    }

    /**
     * The generator's loss of the step (NaN if not logged).
     *
     * @return {@code g_loss}, or NaN
     */
    public double generatorLoss() {
        return figures.getOrDefault("g_loss", Double.NaN);
    }
}
