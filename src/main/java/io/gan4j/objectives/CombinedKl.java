package io.gan4j.objectives;

import org.bytedeco.pytorch.Tensor;

/**
 * The combined update that sums the minimax and the non-saturating generator losses, which with
 * the optimal discriminator minimises KL(p_g ‖ p_data) (Huszár, 2016, "An Alternative Update Rule
 * for Generative Adversarial Networks"; also Sønderby et al., 2017).
 *
 * <ul>
 *   <li>D minimises E[softplus(−l_real)] + E[softplus(l_fake)], as in {@link Minimax}.</li>
 *   <li>G minimises E[log(1 − D) − log D] = E[−softplus(l) + softplus(−l)] = −E[l_fake]: minus
 *       the logit of D(G(z)), since log(D/(1 − D)) = l.</li>
 * </ul>
 */
public final class CombinedKl implements Objective {

    @Override
    public String name() {
        return "combined-kl";
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return Minimax.logisticDiscriminatorLoss(realScores, fakeScores);
    }

    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.mean().neg();
    }
}
