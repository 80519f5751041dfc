package io.gan4j.objectives;

import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.Tensor;

/**
 * The least-squares GAN objective (Mao et al., 2017, "Least Squares Generative Adversarial
 * Networks", eq. 2 with the 0-1 coding a = 0, b = c = 1, as PyTorch-StudioGAN and Mimicry use).
 *
 * <ul>
 *   <li>D minimises ½ E[(D(x) − 1)²] + ½ E[D(G(z))²].</li>
 *   <li>G minimises ½ E[(D(G(z)) − 1)²].</li>
 * </ul>
 * Scores are used raw, without a sigmoid.
 */
public final class LeastSquares implements Objective {

    @Override
    public String name() {
        return "least-squares";
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        Tensor real = realScores.sub(Tensors.scalar(1.0)).square().mean();
        Tensor fake = fakeScores.square().mean();
        return real.add(fake).mul(Tensors.scalar(0.5));
    }

    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.sub(Tensors.scalar(1.0)).square().mean().mul(Tensors.scalar(0.5));
    }
}
