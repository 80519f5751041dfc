package io.gan4j.networks;

import org.bytedeco.pytorch.Tensor;

/**
 * A generator: latent codes in, samples out. A class-conditional generator's input holds the class
 * one-hot after z ({@link ConditionalLatent}).
 */
public abstract class GeneratorNetwork extends Network {

    /** The size of the input: z (and, with classes, the one-hot class after it). */
    public abstract int latentDim();

    /** z, shape (n, latentDim) → samples, shape (n, …). */
    public abstract Tensor forward(Tensor z);

    /** The number of classes the network is conditioned on; 0 for an unconditional one. */
    public int classes() {
        return 0;
    }

    /** The self-attention block (SAGAN), or {@code null} for a generator without one. */
    public SelfAttention selfAttention() {
        return null;
    }
}
