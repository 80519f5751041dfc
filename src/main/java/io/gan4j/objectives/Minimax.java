package io.gan4j.objectives;

import static org.bytedeco.pytorch.global.torch.softplus;

import org.bytedeco.pytorch.Tensor;

/**
 * The original minimax GAN objective (Goodfellow et al., 2014, "Generative Adversarial Nets",
 * eq. 1): min_G max_D E[log D(x)] + E[log(1 − D(G(z)))], with D = σ(l).
 *
 * <ul>
 *   <li>D minimises −E[log σ(l_real)] − E[log(1 − σ(l_fake))] = E[softplus(−l_real)] + E[softplus(l_fake)].</li>
 *   <li>G minimises E[log(1 − σ(l_fake))] = −E[softplus(l_fake)], whose gradient vanishes as
 *       D(G(z)) → 0: the saturation the paper warns of.</li>
 * </ul>
 */
public final class Minimax implements Objective {

    @Override
    public String name() {
        return "minimax";
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return logisticDiscriminatorLoss(realScores, fakeScores);
    }

    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return softplus(fakeScores).mean().neg();
    }

    /** E[softplus(−l_real)] + E[softplus(l_fake)]: the discriminator's loss shared by the logistic objectives. */
    static Tensor logisticDiscriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return softplus(realScores.neg()).mean().add(softplus(fakeScores).mean());
    }
}
