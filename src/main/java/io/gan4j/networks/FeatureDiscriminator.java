package io.gan4j.networks;

import org.bytedeco.pytorch.Tensor;

/**
 * A discriminator that scores each sample (or pack) from features a head can read too: the input
 * of its last dense layer. The trunks of InfoGAN's Q ({@link InfoganDiscriminator}) and of the
 * projection discriminator ({@link ProjectionDiscriminator}) are of this kind; an auto-encoder is not.
 */
public abstract class FeatureDiscriminator extends DiscriminatorNetwork {

    /** The size of the features {@link #forwardWithFeatures} gives. */
    public abstract long featureSize();

    /**
     * The scores of {@link #forward} and the features they were scored from, from one forward pass:
     * samples, shape (n, …) → scores (n / packing) and features (n / packing, featureSize).
     */
    public abstract Scored forwardWithFeatures(Tensor x);
}
