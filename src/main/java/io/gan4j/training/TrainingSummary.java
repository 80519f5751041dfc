package io.gan4j.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What a finished training wrote to {@code summary.json}: the run, the data's own figures (the last logged values
 * of its metrics), how many steps it took and how fast, the threads and device, and, trained by several processes,
 * what sharing the work cost. Absent parts are {@code null} and left out of the file.
 *
 * @param figures the toy points' or the images' figures
 * @param resumedFrom the step the run was resumed from, or {@code null}
 * @param stoppedAt the step a requested stop ended the run at, or {@code null} when it ran all its steps
 * @param imagesPerSecond {@code null} for toy points
 * @param sharing {@code null} in one process
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSummary(
        String name,
        String dataset,
        String objective,
        @JsonUnwrapped DataFigures figures,
        int steps,
        Integer resumedFrom,
        Integer stoppedAt,
        double wallSeconds,
        Double msPerStep,
        Double imagesPerSecond,
        String threads,
        String onednn,
        @JsonUnwrapped Replicas.Cost sharing,
        String device) {

    /** The figures of a run's kind of data. */
    public sealed interface DataFigures permits ToyFigures, ImageFigures {}

    /**
     * Toy points' figures at the last logged step: modes captured of the mixture's, the fraction of high-quality
     * samples, reverse KL and the exact W1 between generated and real samples; each {@code null} when not logged.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToyFigures(Integer modesCaptured, Integer modesTotal, Double hqFraction, Double reverseKl, Double w1)
            implements DataFigures {}

    /**
     * Images' figures: how many and of what shape, the last logged losses (and pulling-away term, mutual-information
     * bounds where the model has them), and InfoGAN's category accuracies; each {@code null} when absent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImageFigures(
            int images,
            String imageShape,
            Double dLoss,
            Double gLoss,
            Double gPullingAway,
            Double miBound,
            Double miBoundContinuous,
            @JsonUnwrapped InfoganAccuracy.Figures categories)
            implements DataFigures {}
}
