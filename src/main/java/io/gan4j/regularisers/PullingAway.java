package io.gan4j.regularisers;

import io.gan4j.step.GeneratorStep;
import io.gan4j.step.GeneratorTerm;
import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.Tensor;

/**
 * The pulling-away term of EBGAN-PT (Zhao, Mathieu and LeCun, 2017, "Energy-based Generative
 * Adversarial Network", section 2.4, eq. 6), a repelling regulariser on the generator: with S the
 * auto-encoder discriminator's codes of a generated batch of N samples (one row each),
 * f_PT(S) = 1/(N(N−1)) Σ_{i≠j} (S_iᵀS_j / (‖S_i‖‖S_j‖))², the mean squared cosine between distinct
 * codes: 0 for mutually orthogonal codes, 1 for parallel ones. The generator minimises
 * E[D(G(z))] + λ·f_PT(S), λ = 0.1 in the paper; the discriminator's loss has no such term.
 */
public final class PullingAway implements GeneratorTerm {

    /** A code's norm is clamped below at this, so that an all-zero code counts as orthogonal to all others. */
    private static final double NORM_FLOOR = 1e-12;

    private final double weight;

    /** @param weight λ &gt; 0 (the paper: 0.1) */
    public PullingAway(double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the pulling-away weight must be positive and finite, found " + weight);
        }
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    @Override
    public String name() {
        return "g_pulling_away";
    }

    /**
     * λ·f_PT of the auto-encoder's codes of the generated batch.
     *
     * @throws IllegalStateException if the discriminator gave no codes (it is not an auto-encoder)
     */
    @Override
    public Tensor value(GeneratorStep step) {
        if (step.judged().encoding() == null) {
            throw new IllegalStateException("the pulling-away term needs a discriminator with codes (an auto-encoder)");
        }
        return penalty(step.judged().encoding());
    }

    /** λ·f_PT(codes): codes, shape (N, code) with N ≥ 2 → a scalar. */
    public Tensor penalty(Tensor codes) {
        return term(codes).mul(Tensors.scalar(weight));
    }

    /** f_PT(codes), unweighted: codes, shape (N, code) with N ≥ 2 → a scalar in [0, 1]. */
    public static Tensor term(Tensor codes) {
        if (codes.dim() != 2 || codes.size(0) < 2) {
            throw new IllegalArgumentException(
                    "the pulling-away term needs at least 2 codes in an (N, code) matrix, found shape "
                            + java.util.Arrays.toString(codes.shape()));
        }
        long n = codes.size(0);
        Tensor unit = codes.div(
                Tensors.rowNorms(codes).clamp_min(Tensors.scalar(NORM_FLOOR)).unsqueeze(1));
        Tensor squaredCosines = unit.mm(unit.t()).square();
        Tensor offDiagonal =
                squaredCosines.sum().sub(squaredCosines.diagonal(0, 0, 1).sum());
        return offDiagonal.div(Tensors.scalar((double) n * (n - 1)));
    }
}
