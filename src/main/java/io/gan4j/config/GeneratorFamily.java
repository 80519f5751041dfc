package io.gan4j.config;

import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.ImageShape;
import org.bytedeco.pytorch.GeneratorOptional;

/** A network family that can be the generator: what {@code auto} means for G, and how G is built. */
public interface GeneratorFamily extends NetworkFamily {

    /** What {@code activation: auto} means for G. */
    default String generatorActivation() {
        return "relu";
    }

    /** What {@code norm: auto} means for G. */
    String generatorNorm();

    /**
     * The generator of resolved settings {@code g}, from {@code latent} noise units (and
     * {@code classes} labels, 0 for none) to points ({@code image == null}) or images.
     */
    GeneratorNetwork generator(GeneratorConfig g, int latent, int classes, ImageShape image, GeneratorOptional init);
}
