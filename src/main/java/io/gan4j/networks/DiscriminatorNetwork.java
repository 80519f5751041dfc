package io.gan4j.networks;

import org.bytedeco.pytorch.Tensor;

/**
 * A discriminator or critic: samples in, one raw score (logit, critic value or energy) per sample or
 * pack out.
 */
public abstract class DiscriminatorNetwork extends Network {

    /**
     * What one forward pass of a batch gives: its scores and what else the network computes on the
     * way, typed so that a training step's terms read what they need without asking which network
     * made it.
     *
     * @param scores shape (n / packing)
     * @param encoding an auto-encoder's codes Enc(x) the scores were computed from, shape (n, code
     *     size), or {@code null} for a network without an encoder
     * @param posterior InfoGAN's Q parameters of Q(c | x), shape (n, posterior size), or {@code null}
     *     for a network without a Q head
     */
    public record Judgement(Tensor scores, Tensor encoding, Tensor posterior) {}

    /**
     * A batch's scores and the features the last (dense) layer scored, from one forward pass of a
     * {@link FeatureDiscriminator}.
     *
     * @param scores shape (n / packing)
     * @param features shape (n / packing, feature size)
     */
    public record Scored(Tensor scores, Tensor features) {}

    /** Samples per pack (PacGAN's m; 1 without packing). */
    public abstract int packing();

    /** Whether the network uses batch normalisation (which a gradient penalty forbids). */
    public abstract boolean hasBatchNorm();

    /** Samples, shape (n, …) with n divisible by {@link #packing()} → scores, shape (n / packing). */
    public abstract Tensor forward(Tensor x);

    /**
     * Samples and their classes → scores: {@link #forward(Tensor)} for a discriminator without
     * classes, which takes {@code null} labels; the {@link ProjectionDiscriminator} adds its
     * projection yᵀVφ(x).
     *
     * @param labels shape (n), int64 in [0, {@link #classes()}), or {@code null}
     * @throws IllegalArgumentException if labels are given to a discriminator without classes
     */
    public Tensor forward(Tensor x, Tensor labels) {
        requireNoLabels(labels);
        return forward(x);
    }

    /**
     * The scores of {@link #forward(Tensor, Tensor)} with what else the forward pass computed (an
     * auto-encoder's codes, InfoGAN's Q parameters), from one forward pass.
     */
    public Judgement judge(Tensor x, Tensor labels) {
        return new Judgement(forward(x, labels), null, null);
    }

    /** @throws IllegalArgumentException if {@code labels} are given to this network, which has no class input */
    protected final void requireNoLabels(Tensor labels) {
        if (labels != null) {
            throw new IllegalArgumentException(
                    getClass().getSimpleName() + " has no class input (it is unconditional)");
        }
    }

    /** The number of classes the network is conditioned on; 0 for an unconditional one. */
    public int classes() {
        return 0;
    }
}
