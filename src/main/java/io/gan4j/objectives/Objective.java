package io.gan4j.objectives;

import org.bytedeco.pytorch.Tensor;

/**
 * An adversarial objective: what the discriminator (or critic) and the generator each minimise.
 *
 * <p>Scores are the discriminator's raw outputs, one per sample, shape (n): logits for the
 * probabilistic objectives, unbounded critic values for the Wasserstein and hinge objectives.
 * Both players minimise; the discriminator scores real data higher, except where the scores are
 * energies ({@link #scoresAreEnergies()}, EBGAN), which it makes lower on real data.
 */
public interface Objective {

    /** The name used in configs, e.g. {@code non-saturating}. */
    String name();

    /** The discriminator's loss on a batch of real and a batch of generated scores (a scalar). */
    Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores);

    /** The generator's loss on the scores of its samples (a scalar). */
    Tensor generatorLoss(Tensor fakeScores);

    /**
     * Whether the scores are energies, which the discriminator makes low on real data and the
     * generator makes low on its samples (EBGAN), rather than scores the discriminator makes high
     * on real data.
     */
    default boolean scoresAreEnergies() {
        return false;
    }

    /** Whether the discriminator is a critic whose scores are unbounded values, not logits (no sigmoid reads them). */
    default boolean isCritic() {
        return false;
    }
}
