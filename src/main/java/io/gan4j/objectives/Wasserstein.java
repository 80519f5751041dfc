package io.gan4j.objectives;

import org.bytedeco.pytorch.Tensor;

/**
 * The Wasserstein GAN objective (Arjovsky, Chintala and Bottou, 2017, "Wasserstein GAN",
 * Algorithm 1): a 1-Lipschitz critic f estimates W(P_r, P_g) = max_f E[f(x)] − E[f(G(z))].
 * No sigmoid, no logarithm; the Lipschitz constraint comes from weight clipping or a gradient
 * penalty (see {@code io.gan4j.regularisers}).
 *
 * <ul>
 *   <li>The critic minimises E[f(G(z))] − E[f(x)].</li>
 *   <li>G minimises −E[f(G(z))].</li>
 * </ul>
 */
public final class Wasserstein implements Objective {

    @Override
    public String name() {
        return "wasserstein";
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return fakeScores.mean().sub(realScores.mean());
    }

    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.mean().neg();
    }

    /** A critic: its scores are unbounded values, not logits. */
    @Override
    public boolean isCritic() {
        return true;
    }
}
