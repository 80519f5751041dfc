package io.gan4j.objectives;

import static org.bytedeco.pytorch.global.torch.softplus;

import org.bytedeco.pytorch.Tensor;

/**
 * The non-saturating GAN objective (Goodfellow et al., 2014, section 3): D as in {@link Minimax};
 * G maximises log D(G(z)) instead of minimising log(1 − D(G(z))).
 *
 * <ul>
 *   <li>D minimises E[softplus(−l_real)] + E[softplus(l_fake)].</li>
 *   <li>G minimises −E[log σ(l_fake)] = E[softplus(−l_fake)].</li>
 * </ul>
 */
public final class NonSaturating implements Objective {

    @Override
    public String name() {
        return "non-saturating";
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return Minimax.logisticDiscriminatorLoss(realScores, fakeScores);
    }

    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return softplus(fakeScores.neg()).mean();
    }
}
