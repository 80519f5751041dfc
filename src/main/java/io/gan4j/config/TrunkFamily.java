package io.gan4j.config;

import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.FeatureDiscriminator;
import io.gan4j.networks.ImageShape;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * A discriminator family that scores each sample from its features, so that InfoGAN's Q head and
 * the projection discriminator's class embedding can share its trunk.
 */
public interface TrunkFamily extends DiscriminatorFamily {

    /** The trunk of resolved settings {@code d}, for points ({@code image == null}) or images. */
    FeatureDiscriminator trunk(DiscriminatorConfig d, ImageShape image, GeneratorOptional init);

    @Override
    default DiscriminatorNetwork discriminator(DiscriminatorConfig d, ImageShape image, GeneratorOptional init) {
        return trunk(d, image, init);
    }
}
