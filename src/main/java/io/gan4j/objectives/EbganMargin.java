package io.gan4j.objectives;

import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.Tensor;

/**
 * The margin objective of the energy-based GAN (Zhao, Mathieu and LeCun, 2017, "Energy-based
 * Generative Adversarial Network", eqs. 1 and 2), on energies D(·) ≥ 0, one per sample:
 *
 * <ul>
 *   <li>D minimises E[D(x)] + E[max(0, m − D(G(z)))].</li>
 *   <li>G minimises E[D(G(z))].</li>
 * </ul>
 * Scores are energies ({@link #scoresAreEnergies()}): D makes them low on real data and, up to the
 * margin m, high on generated data, the reverse of the other objectives' "D scores real higher".
 * A generated sample whose energy is already at least m no longer pushes D: its gradient is 0, and
 * −1/N below m. With the auto-encoder discriminator the energy is the mean squared reconstruction
 * error ({@code io.gan4j.networks.AutoEncoderDiscriminator}).
 */
public final class EbganMargin implements Objective {

    /** The config name. */
    public static final String NAME = "ebgan-margin";
    /** The paper's margin on MNIST, used when a config gives none. */
    public static final double DEFAULT_MARGIN = 10.0;

    private final double margin;

    /** @param margin m &gt; 0 */
    public EbganMargin(double margin) {
        if (!(margin > 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("the EBGAN margin must be positive and finite, found " + margin);
        }
        this.margin = margin;
    }

    public double margin() {
        return margin;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean scoresAreEnergies() {
        return true;
    }

    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return realScores
                .mean()
                .add(relu(fakeScores.neg().add(Tensors.scalar(margin))).mean());
    }

    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.mean();
    }
}
