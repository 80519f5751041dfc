package io.gan4j.step;

import io.gan4j.objectives.Objective;

/** The objective's two losses as the first term of each player's step: {@code d_loss} and {@code g_loss}. */
public final class AdversarialLoss {

    private AdversarialLoss() {}

    /** D's loss of the objective on the real and generated batches' scores. */
    public static DiscriminatorTerm discriminator(Objective objective) {
        return DiscriminatorTerm.of(
                "d_loss",
                step -> objective.discriminatorLoss(
                        step.realScores(), step.judged().scores()));
    }

    /** G's loss of the objective on D's scores of the generated batch. */
    public static GeneratorTerm generator(Objective objective) {
        return GeneratorTerm.of(
                "g_loss", step -> objective.generatorLoss(step.judged().scores()));
    }
}
