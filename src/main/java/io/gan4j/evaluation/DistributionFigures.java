package io.gan4j.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gan4j.metrics.image.MeanAndSpread;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distribution metrics of one comparison, each {@code null} when it was not asked for: FID, KID (its mean and
 * spread over subsets), IS of the compared set (over splits), precision/recall and density/coverage.
 *
 * @param inceptionScore written as {@code is}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistributionFigures(
        Double fid,
        KernelDistanceSpread kid,
        @JsonProperty("is") InceptionScoreSpread inceptionScore,
        Double precision,
        Double recall,
        Double density,
        Double coverage) {

    /** KID over {@code subsets} random subsets of {@code subsetSize} features from each side. */
    public record KernelDistanceSpread(double mean, double std, int subsets, int subsetSize) {
        static KernelDistanceSpread of(MeanAndSpread v, int subsetSize) {
            return new KernelDistanceSpread(v.mean(), v.std(), v.parts(), subsetSize);
        }
    }

    /** IS over {@code splits} equal parts of the compared set. */
    public record InceptionScoreSpread(double mean, double std, int splits) {
        static InceptionScoreSpread of(MeanAndSpread v) {
            return new InceptionScoreSpread(v.mean(), v.std(), v.parts());
        }
    }

    /** Each figure asked for as one number (a spread's mean), under its {@code eval.json} name, for a step's log. */
    public Map<String, Double> headline() {
        Map<String, Double> out = new LinkedHashMap<>();
        putIfAsked(out, "fid", fid);
        putIfAsked(out, "kid", kid == null ? null : kid.mean());
        putIfAsked(out, "is", inceptionScore == null ? null : inceptionScore.mean());
        putIfAsked(out, "precision", precision);
        putIfAsked(out, "recall", recall);
        putIfAsked(out, "density", density);
        putIfAsked(out, "coverage", coverage);
        return out;
    }

    private static void putIfAsked(Map<String, Double> out, String name, Double value) {
        if (value != null) {
            out.put(name, value);
        }
    }
}
