package io.gan4j.objectives;

import org.bytedeco.pytorch.Tensor;

/**
 * An adversarial objective: what the discriminator (or critic) and the generator each minimise.
 *
 * <p>Scores are the discriminator's raw outputs, one per sample, shape (n): logits for the
 * probabilistic objectives, unbounded critic values for the Wasserstein and hinge objectives.
 * Both players minimise; the discriminator scores real data higher.
 */
public interface Objective {

    /** The name used in configs, e.g. {@code non-saturating}. */
    String name();

    /** The discriminator's loss on a batch of real and a batch of generated scores (a scalar). */
    Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores);

    /** The generator's loss on the scores of its samples (a scalar). */
    Tensor generatorLoss(Tensor fakeScores);
}
