package io.gan4j.networks;

import org.bytedeco.pytorch.Tensor;

/** A discriminator or critic: samples in, one raw score (logit or critic value) per sample or pack out. */
public abstract class DiscriminatorNetwork extends Network {

    /** Samples per pack (PacGAN's m; 1 without packing). */
    public abstract int packing();

    /** Whether the network uses batch normalisation (which a gradient penalty forbids). */
    public abstract boolean hasBatchNorm();

    /** Samples, shape (n, …) with n divisible by {@link #packing()} → scores, shape (n / packing). */
    public abstract Tensor forward(Tensor x);
}
