package io.gan4j.config;

import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.ImageShape;
import org.bytedeco.pytorch.GeneratorOptional;

/** A network family that can be the discriminator: what {@code auto} means for D, and how D is built. */
public interface DiscriminatorFamily extends NetworkFamily {

    /** What {@code activation: auto} means for D. */
    String discriminatorActivation();

    /** What {@code norm: auto} means for D: none, unless the family's paper normalises D. */
    default String discriminatorNorm() {
        return "none";
    }

    /** The discriminator of resolved settings {@code d}, for points ({@code image == null}) or images. */
    DiscriminatorNetwork discriminator(DiscriminatorConfig d, ImageShape image, GeneratorOptional init);
}
