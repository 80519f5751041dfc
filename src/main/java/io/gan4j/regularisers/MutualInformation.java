package io.gan4j.regularisers;

import static org.bytedeco.pytorch.global.torch.log_softmax;

import io.gan4j.networks.InfoganLatent;
import io.gan4j.step.DiscriminatorTerm;
import io.gan4j.step.GeneratorTerm;
import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.ScalarTypeOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * InfoGAN's variational lower bound on the mutual information between the codes c and the
 * generated samples (Chen et al. 2016, "InfoGAN: Interpretable Representation Learning by
 * Information Maximizing Generative Adversarial Nets", section 5, Lemma 5.1):
 * I(c; G(z, c)) ≥ L_I(G, Q) = E_{c∼P(c), x∼G(z,c)}[log Q(c | x)] + H(c). Both players maximise it:
 * D (with Q) minimises its GAN loss − λ·L_I and G minimises its GAN loss − λ·L_I (eq. 6), so
 * {@link #penalty} is −λ·L_I, added to each loss.
 *
 * <p>Q's parameters per sample, in order: the logits of each categorical code (K_i each, a softmax
 * over them is Q(c_i | x)), then the mean μ_j of each continuous code, then (unless the variance is
 * fixed at 1, as the authors' MNIST code does) its log-variance log σ²_j: Q(c_j | x) = N(μ_j, σ²_j).
 * The codes are independent under the prior, so H(c) = Σ ln K_i + C·ln 2 (a uniform Cat(K) has
 * entropy ln K, U(−1, 1) differential entropy ln 2) and Q factorises; the bound of the categorical
 * codes lies in [0, Σ ln K_i] (ln 10 ≈ 2.303 for MNIST's one code of 10 when Q names every
 * category), that of a continuous code has no lower limit and reaches ln 2 − ½ ln 2π ≈ −0.226 for
 * a fixed unit variance and an exact mean. λ weighs the two kinds separately (the paper: 1 for
 * categorical codes, smaller ones for continuous codes whose variance is learnt). Expectations
 * are batch means.
 */
public final class MutualInformation {

    /** The differential entropy of U(−1, 1), ln 2. */
    public static final double UNIFORM_ENTROPY = Math.log(2);

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    /**
     * The two parts of L_I on a batch, each a scalar (or {@code null} when there are no codes of that kind).
     *
     * @param categorical Σ_i (E[log Q(c_i | x)] + ln K_i)
     * @param continuous Σ_j (E[log Q(c_j | x)] + ln 2)
     */
    public record Bound(Tensor categorical, Tensor continuous) {}

    private final InfoganLatent latent;
    private final double categoricalWeight;
    private final double continuousWeight;
    private final boolean fixedVariance;

    /**
     * @param latent the codes' layout and prior
     * @param categoricalWeight λ of the categorical codes (the paper: 1)
     * @param continuousWeight λ of the continuous codes
     * @param fixedVariance whether Q's Gaussians have variance 1 (no log-variance outputs)
     */
    public MutualInformation(
            InfoganLatent latent, double categoricalWeight, double continuousWeight, boolean fixedVariance) {
        for (double w : new double[] {categoricalWeight, continuousWeight}) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("the mutual-information weights must be positive and finite, found "
                        + categoricalWeight + " and " + continuousWeight);
            }
        }
        this.latent = latent;
        this.categoricalWeight = categoricalWeight;
        this.continuousWeight = continuousWeight;
        this.fixedVariance = fixedVariance;
    }

    public InfoganLatent latent() {
        return latent;
    }

    public double categoricalWeight() {
        return categoricalWeight;
    }

    public double continuousWeight() {
        return continuousWeight;
    }

    public boolean fixedVariance() {
        return fixedVariance;
    }

    /** The number of Q's parameters per sample: ΣK_i + C, or ΣK_i + 2C with learnt variances. */
    public int posteriorSize() {
        return latent.categories().stream().mapToInt(Integer::intValue).sum()
                + latent.continuous() * (fixedVariance ? 1 : 2);
    }

    /** H(c) of the categorical codes: Σ ln K_i. */
    public double categoricalEntropy() {
        return latent.categories().stream()
                .mapToDouble(k -> categoricalEntropy(k))
                .sum();
    }

    /** The entropy of a uniform Cat(K): ln K. */
    public static double categoricalEntropy(int k) {
        return Math.log(k);
    }

    /**
     * L_I of a batch.
     *
     * @param posterior Q's parameters for the samples G made from {@code codes}, shape (n, {@link #posteriorSize()})
     */
    public Bound bound(Tensor posterior, InfoganLatent.Codes codes) {
        if (posterior.dim() != 2 || posterior.size(1) != posteriorSize() || posterior.size(0) != codes.size()) {
            throw new IllegalArgumentException("expected Q's parameters of shape (" + codes.size() + ", "
                    + posteriorSize() + "), found " + java.util.Arrays.toString(posterior.shape()));
        }
        Tensor categorical = null;
        for (int i = 0; i < latent.categories().size(); i++) {
            Tensor term = categoricalLogLikelihood(
                            logits(posterior, i), codes.categories().select(1, i))
                    .mean()
                    .add(Tensors.scalar(categoricalEntropy(latent.categories().get(i))));
            categorical = categorical == null ? term : categorical.add(term);
        }
        Tensor continuous = null;
        if (latent.continuous() > 0) {
            continuous = gaussianLogLikelihood(codes.continuous(), means(posterior), logVariances(posterior))
                    .mean()
                    .add(Tensors.scalar(latent.continuous() * UNIFORM_ENTROPY));
        }
        return new Bound(categorical, continuous);
    }

    /** −λ·L_I on Q's posterior of the generated batch, as a term of D's loss (Q is trained by D's optimiser). */
    public DiscriminatorTerm discriminatorTerm() {
        return DiscriminatorTerm.of(
                "d_mutual_information",
                step -> penalty(bound(step.judged().posterior(), step.drawn().codes())));
    }

    /**
     * −λ·L_I on Q's posterior of the generated batch, as a term of G's loss; it logs the bounds
     * themselves as {@code mi_bound} (categorical codes) and {@code mi_bound_continuous}.
     */
    public GeneratorTerm generatorTerm() {
        return GeneratorTerm.of("g_mutual_information", step -> {
            Bound b = bound(step.judged().posterior(), step.drawn().codes());
            if (b.categorical() != null) {
                step.figures().put("mi_bound", b.categorical());
            }
            if (b.continuous() != null) {
                step.figures().put("mi_bound_continuous", b.continuous());
            }
            return penalty(b);
        });
    }

    /** −λ_cat·L_I(categorical) − λ_cont·L_I(continuous): the scalar added to D's and to G's loss. */
    public Tensor penalty(Bound bound) {
        Tensor p = null;
        if (bound.categorical() != null) {
            p = bound.categorical().mul(Tensors.scalar(-categoricalWeight));
        }
        if (bound.continuous() != null) {
            Tensor c = bound.continuous().mul(Tensors.scalar(-continuousWeight));
            p = p == null ? c : p.add(c);
        }
        return p;
    }

    /** The logits of categorical code i: shape (n, K_i). */
    public Tensor logits(Tensor posterior, int i) {
        int at = latent.categoricalOffset(i) - latent.noise();
        return posterior.narrow(1, at, latent.categories().get(i));
    }

    /** Q's means of the continuous codes: shape (n, C). */
    public Tensor means(Tensor posterior) {
        return posterior.narrow(1, latent.continuousOffset() - latent.noise(), latent.continuous());
    }

    /** Q's log-variances of the continuous codes, shape (n, C), or {@code null} with a fixed unit variance. */
    public Tensor logVariances(Tensor posterior) {
        return fixedVariance
                ? null
                : posterior.narrow(
                        1, latent.continuousOffset() - latent.noise() + latent.continuous(), latent.continuous());
    }

    /**
     * log Q(c | x) for a categorical code: logits (n, K) and categories (n) int64 → log softmax(logits)[c],
     * shape (n).
     */
    public static Tensor categoricalLogLikelihood(Tensor logits, Tensor categories) {
        return log_softmax(logits, 1, new ScalarTypeOptional())
                .gather(1, categories.reshape(-1, 1))
                .reshape(-1);
    }

    /**
     * log Q(c | x) for factored Gaussians: Σ_j [−½ ln 2π − ½ log σ²_j − (c_j − μ_j)² / (2σ²_j)], shape (n).
     *
     * @param codes c, shape (n, C)
     * @param means μ, shape (n, C)
     * @param logVariances log σ², shape (n, C), or {@code null} for σ² = 1
     */
    public static Tensor gaussianLogLikelihood(Tensor codes, Tensor means, Tensor logVariances) {
        Tensor squared = codes.sub(means).square();
        Tensor perCode = logVariances == null
                ? squared.mul(Tensors.scalar(-0.5)).sub(Tensors.scalar(HALF_LOG_2PI))
                : squared.mul(logVariances.neg().exp())
                        .add(logVariances)
                        .mul(Tensors.scalar(-0.5))
                        .sub(Tensors.scalar(HALF_LOG_2PI));
        return perCode.sum(new long[] {1}, false, new ScalarTypeOptional());
    }
}
