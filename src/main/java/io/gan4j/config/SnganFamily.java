package io.gan4j.config;

import io.gan4j.networks.Activation;
import io.gan4j.networks.AttentionSides;
import io.gan4j.networks.DcganLayout;
import io.gan4j.networks.FeatureDiscriminator;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.Norm;
import io.gan4j.networks.SnganDiscriminator;
import io.gan4j.networks.SnganGenerator;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * {@code sngan} (Miyato et al. 2018, Table 3): the standard CNN, G with batch norm and ReLU, D
 * with leaky ReLU (0.1) and no normalisation besides spectral norm; images of a side that is a
 * multiple of 8.
 */
final class SnganFamily implements GeneratorFamily, TrunkFamily {

    @Override
    public String name() {
        return Architectures.SNGAN;
    }

    @Override
    public String imageProblem(ImageShape shape, String what) {
        return shape.height() % 8 == 0
                ? null
                : "sngan needs a side that is a multiple of 8 (the paper: 32, 48), found " + what;
    }

    @Override
    public boolean featureMaps() {
        return true;
    }

    @Override
    public List<Integer> attentionSides(ImageShape shape, boolean generator) {
        if (shape.height() % 8 != 0 || shape.height() != shape.width()) {
            return List.of();
        }
        return generator ? AttentionSides.snganGenerator(shape) : AttentionSides.snganDiscriminator(shape);
    }

    /** Four stages from side/8 (its channels 8w … w, one 4×4 convolution per stage). */
    @Override
    public DcganLayout estimatedLayout(ImageShape shape) {
        return new DcganLayout(shape.height() / 8, 4);
    }

    @Override
    public String generatorNorm() {
        return "batch";
    }

    @Override
    public String discriminatorActivation() {
        return "leaky_relu_0.1";
    }

    @Override
    public GeneratorNetwork generator(
            GeneratorConfig g, int latent, int classes, ImageShape image, GeneratorOptional init) {
        return new SnganGenerator(
                latent, classes, image, g.width(), Norm.byConfigName(g.norm()), g.spectralNorm(), g.attention(), init);
    }

    @Override
    public FeatureDiscriminator trunk(DiscriminatorConfig d, ImageShape image, GeneratorOptional init) {
        return new SnganDiscriminator(
                image,
                d.packing(),
                d.width(),
                Activation.byConfigName(d.activation()),
                d.spectralNorm(),
                d.attention(),
                init);
    }
}
