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

    /** Samples per pack (PacGAN's m; 1 without packing). */
    public abstract int packing();

    /** Whether the network uses batch normalisation (which a gradient penalty forbids). */
    public abstract boolean hasBatchNorm();

    /** Samples, shape (n, …) with n divisible by {@link #packing()} → scores, shape (n / packing). */
    public abstract Tensor forward(Tensor x);

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
}
