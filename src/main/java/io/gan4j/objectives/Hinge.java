package io.gan4j.objectives;

import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.Tensor;

/**
 * The hinge objective of SNGAN and SAGAN (Miyato et al., 2018, "Spectral Normalization for
 * Generative Adversarial Networks", eq. 17; Lim and Ye, 2017, "Geometric GAN").
 *
 * <ul>
 *   <li>D minimises E[max(0, 1 − f(x))] + E[max(0, 1 + f(G(z)))].</li>
 *   <li>G minimises −E[f(G(z))].</li>
 * </ul>
 */
public final class Hinge implements Objective {

    @Override
    public String name() {
        return "hinge";
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        Tensor real = relu(realScores.neg().add(Tensors.scalar(1.0))).mean();
        Tensor fake = relu(fakeScores.add(Tensors.scalar(1.0))).mean();
        return real.add(fake);
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
