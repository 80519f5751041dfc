package io.gan4j.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.gan4j.metrics.image.ClassAgreement;
import io.gan4j.metrics.image.StackedMnistModes;
import java.util.List;

/**
 * What one evaluation measured, as {@code eval.json} holds it: what was compared with what, the figures, warnings
 * (an extractor of another domain), the protocol that produced the figures and the seconds each part took.
 *
 * @param warnings {@code null} when there are none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationResult(
        String compared, String reference, Metrics metrics, List<String> warnings, Protocol protocol, Seconds seconds) {

    /**
     * The figures: the distribution metrics, stacked MNIST's mode count and a class-conditional generator's class
     * agreement, each {@code null} when not asked for.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metrics(
            @JsonUnwrapped DistributionFigures distribution, Modes modes, ClassAgreementFigures classAgreement) {}

    /** Stacked MNIST's modes: how many of {@code of} were seen in {@code samples}, and KL(seen ‖ uniform). */
    public record Modes(int covered, int of, double kl, int samples) {
        static Modes of(StackedMnistModes m) {
            return new Modes(m.covered(), StackedMnistModes.MODES, m.kl(), m.samples());
        }
    }

    /** A class-conditional generator's samples labelled by {@code classifier}: the agreement with the asked class. */
    public record ClassAgreementFigures(
            double overall, double[] perClass, double chance, long samples, String classifier, long[][] confusion) {
        static ClassAgreementFigures of(ClassAgreement a, String classifier) {
            return new ClassAgreementFigures(
                    a.overall(), a.perClass(), a.chance(), a.samples(), classifier, a.confusion());
        }

        /** The agreement again, from its confusion matrix (for its picture). */
        public ClassAgreement agreement() {
            return ClassAgreement.ofConfusion(confusion);
        }
    }

    /**
     * How the figures were made: sample counts, seed, image shape, the extractor (its name, SHA-256 and how images
     * are prepared) and the classifiers that counted modes and labelled classes; absent parts are {@code null}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Protocol(
            int nReference,
            int nCompared,
            long seed,
            String imageShape,
            String extractor,
            String extractorSha256,
            String extractorProtocol,
            String modesClassifierSha256,
            String classAgreementClassifierSha256) {}

    /** Seconds spent on each part; a part not run is {@code null}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Seconds(
            Double referenceFeatures, Double comparedFeatures, Double metrics, Double modes, Double classAgreement) {}

    /** This result with a class agreement measured by the classifier of SHA-256 {@code sha256} in {@code seconds}. */
    EvaluationResult withClassAgreement(ClassAgreementFigures a, String sha256, double spent) {
        Protocol p = protocol;
        Seconds s = seconds;
        return new EvaluationResult(
                compared,
                reference,
                new Metrics(metrics.distribution(), metrics.modes(), a),
                warnings,
                new Protocol(
                        p.nReference(),
                        p.nCompared(),
                        p.seed(),
                        p.imageShape(),
                        p.extractor(),
                        p.extractorSha256(),
                        p.extractorProtocol(),
                        p.modesClassifierSha256(),
                        sha256),
                new Seconds(s.referenceFeatures(), s.comparedFeatures(), s.metrics(), s.modes(), spent));
    }
}
