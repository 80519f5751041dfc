package io.gan4j.examples;

import io.gan4j.objectives.Objective;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;

/**
 * An objective gan4j does not ship, added from this jar: the least-squares GAN with the paper's −1-1-0 coding (Mao
 * et al., 2017, section 3.2.3: a = −1, b = 1, c = 0), where gan4j's own {@code least-squares} uses the 0-1 coding.
 *
 * <ul>
 *   <li>D minimises ½ E[(D(x) − 1)²] + ½ E[(D(G(z)) + 1)²].</li>
 *   <li>G minimises ½ E[D(G(z))²].</li>
 * </ul>
 *
 * Registered in {@code META-INF/services/io.gan4j.objectives.Objective}, it is {@code objective: lsgan-symmetric} in
 * any config.
 */
public final class SymmetricLeastSquares implements Objective {

    @Override
    public String name() {
        return "lsgan-symmetric";
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        Tensor real = realScores.sub(new Scalar(1.0)).square().mean();
        Tensor fake = fakeScores.add(new Scalar(1.0)).square().mean();
        return real.add(fake).mul(new Scalar(0.5));
    }

    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.square().mean().mul(new Scalar(0.5));
    }
}
