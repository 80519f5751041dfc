package io.gan4j.networks;

import java.util.List;

/**
 * A discriminator made of a trunk that scores each sample from its features
 * ({@link FeatureDiscriminator#forwardWithFeatures}) and a head that reads the same features:
 * InfoGAN's Q ({@link InfoganDiscriminator}) or the projection on a class's embedding
 * ({@link ProjectionDiscriminator}). One module, so the head is saved, checkpointed and optimised
 * with D; no packing (the head reads each sample's features); batch norm and convolutions are the
 * trunk's.
 */
public abstract class TrunkDiscriminator extends DiscriminatorNetwork {

    private final FeatureDiscriminator trunk;

    /**
     * @param trunk a discriminator without packing
     * @param head what reads the features, for the message that refuses another trunk
     */
    protected TrunkDiscriminator(FeatureDiscriminator trunk, String head) {
        if (trunk.packing() != 1) {
            throw new IllegalArgumentException(head + " needs a trunk without packing; "
                    + trunk.getClass().getSimpleName() + " has packing " + trunk.packing());
        }
        this.trunk = register_module("trunk", trunk);
    }

    /** D without its head. */
    public FeatureDiscriminator trunk() {
        return trunk;
    }

    @Override
    public int packing() {
        return 1;
    }

    /** Whether the trunk, which gives the scores, uses batch norm. */
    @Override
    public boolean hasBatchNorm() {
        return trunk.hasBatchNorm();
    }

    @Override
    public List<Dense> denseLayers() {
        return trunk.denseLayers();
    }

    @Override
    public List<Conv> convLayers() {
        return trunk.convLayers();
    }
}
