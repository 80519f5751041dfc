package io.gan4j.config;

import io.gan4j.networks.Activation;
import io.gan4j.networks.FeatureDiscriminator;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.MlpDiscriminator;
import io.gan4j.networks.MlpGenerator;
import org.bytedeco.pytorch.GeneratorOptional;

/** {@code mlp}: fully connected networks of 512 ReLU units, with no normalisation, on points or flattened images. */
final class MlpFamily implements GeneratorFamily, TrunkFamily {

    @Override
    public String name() {
        return Architectures.MLP;
    }

    @Override
    public int width() {
        return 512;
    }

    @Override
    public boolean convolutional(boolean images) {
        return false;
    }

    @Override
    public String generatorNorm() {
        return "none";
    }

    @Override
    public String discriminatorActivation() {
        return "relu";
    }

    @Override
    public GeneratorNetwork generator(
            GeneratorConfig g, int latent, int classes, ImageShape image, GeneratorOptional init) {
        Activation act = Activation.byConfigName(g.activation());
        return image == null
                ? new MlpGenerator(latent, 2, g.width(), g.depth(), act, g.batchNorm(), init)
                : new MlpGenerator(latent, image, g.width(), g.depth(), act, g.batchNorm(), init);
    }

    @Override
    public FeatureDiscriminator trunk(DiscriminatorConfig d, ImageShape image, GeneratorOptional init) {
        return new MlpDiscriminator(
                image == null ? 2 : (int) image.numel(),
                d.packing(),
                d.width(),
                d.depth(),
                Activation.byConfigName(d.activation()),
                d.batchNorm(),
                d.spectralNorm(),
                init);
    }
}
