package io.gan4j.config;

import io.gan4j.networks.Activation;
import io.gan4j.networks.AttentionSides;
import io.gan4j.networks.DcganDiscriminator;
import io.gan4j.networks.DcganGenerator;
import io.gan4j.networks.DcganLayout;
import io.gan4j.networks.FeatureDiscriminator;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.Norm;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * {@code dcgan} (Radford et al. 2016): strided (transposed) convolutions of 64 feature maps, batch
 * norm in both, ReLU in G and leaky ReLU (0.2) in D.
 */
final class DcganFamily implements GeneratorFamily, TrunkFamily {

    @Override
    public String name() {
        return Architectures.DCGAN;
    }

    @Override
    public String imageProblem(ImageShape shape, String what) {
        return NetworkFamily.dcganLayoutProblem(name(), shape, what);
    }

    @Override
    public boolean featureMaps() {
        return true;
    }

    @Override
    public List<Integer> attentionSides(ImageShape shape, boolean generator) {
        if (!DcganLayout.supports(shape.height())) {
            return List.of();
        }
        return generator ? AttentionSides.dcganGenerator(shape) : AttentionSides.dcganDiscriminator(shape);
    }

    @Override
    public boolean takesDense() {
        return true;
    }

    @Override
    public DcganLayout estimatedLayout(ImageShape shape) {
        return DcganLayout.of(shape.height());
    }

    @Override
    public String generatorNorm() {
        return "batch";
    }

    @Override
    public String discriminatorActivation() {
        return "leaky_relu";
    }

    @Override
    public String discriminatorNorm() {
        return "batch";
    }

    @Override
    public GeneratorNetwork generator(
            GeneratorConfig g, int latent, int classes, ImageShape image, GeneratorOptional init) {
        return new DcganGenerator(
                latent,
                classes,
                image,
                g.width(),
                Norm.byConfigName(g.norm()),
                g.spectralNorm(),
                g.attention(),
                g.dense(),
                init);
    }

    @Override
    public FeatureDiscriminator trunk(DiscriminatorConfig d, ImageShape image, GeneratorOptional init) {
        return new DcganDiscriminator(
                image,
                d.packing(),
                d.width(),
                Norm.byConfigName(d.norm()),
                Activation.byConfigName(d.activation()),
                d.spectralNorm(),
                d.attention(),
                d.dense(),
                init);
    }
}
