package io.gan4j.networks;

import org.bytedeco.pytorch.Tensor;

/** A generator: latent codes in, samples out. */
public abstract class GeneratorNetwork extends Network {

    /** Dimension of z. */
    public abstract int latentDim();

    /** z, shape (n, latentDim) → samples, shape (n, …). */
    public abstract Tensor forward(Tensor z);

    /** The self-attention block (SAGAN), or {@code null} for a generator without one. */
    public SelfAttention selfAttention() {
        return null;
    }
}
