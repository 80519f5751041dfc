package io.gan4j.networks;

import org.bytedeco.pytorch.Tensor;

/**
 * A discriminator or critic: samples in, one raw score (logit, critic value or energy) per sample or
 * pack out.
 */
public abstract class DiscriminatorNetwork extends Network {

    /**
     * A batch's scores and, where the network encodes its input (an auto-encoder), the codes they
     * were computed from.
     *
     * @param scores shape (n / packing)
     * @param codes shape (n, code size), or {@code null} for a network without an encoder
     */
    public record Output(Tensor scores, Tensor codes) {
    }

    /**
     * A batch's scores and the features the last (dense) layer scored, from one forward pass.
     *
     * @param scores shape (n / packing)
     * @param features shape (n / packing, {@link #featureSize()})
     */
    public record Scored(Tensor scores, Tensor features) {
    }

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
        if (labels != null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no class input (it is unconditional)");
        }
        return forward(x);
    }

    /** The number of classes the network is conditioned on; 0 for an unconditional one. */
    public int classes() {
        return 0;
    }

    /** Whether {@link #forwardWithCodes} gives codes (the auto-encoder discriminators). */
    public boolean hasCodes() {
        return false;
    }

    /**
     * The scores of {@link #forward} together with the codes behind them, from one forward pass:
     * samples, shape (n, …) → scores (n / packing) and codes (n, code size), or {@code null} codes
     * for a network without an encoder.
     */
    public Output forwardWithCodes(Tensor x) {
        return new Output(forward(x), null);
    }

    /**
     * The size of the features {@link #forwardWithFeatures} gives: the input of the last dense
     * layer, which InfoGAN's Q head shares; 0 for a network that does not expose them.
     */
    public long featureSize() {
        return 0;
    }

    /**
     * The scores of {@link #forward} and the features they were scored from, from one forward pass:
     * samples, shape (n, …) → scores (n / packing) and features (n / packing, featureSize).
     *
     * @throws UnsupportedOperationException for a network without features ({@link #featureSize()} 0)
     */
    public Scored forwardWithFeatures(Tensor x) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not expose the features it scores");
    }
}
