package io.gan4j.config;

import io.gan4j.networks.Activation;
import io.gan4j.networks.DcganAutoEncoder;
import io.gan4j.networks.DcganLayout;
import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.MlpAutoEncoder;
import io.gan4j.networks.Norm;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * {@code autoencoder} (Zhao et al. 2017), EBGAN's discriminator only: a DCGAN-style convolutional
 * auto-encoder for images, a fully connected one for points, whose energy is the reconstruction
 * error; leaky ReLU (0.2) and no norm, so that each sample's energy depends on that sample alone.
 */
final class AutoEncoderFamily implements DiscriminatorFamily {

    @Override
    public String name() {
        return Architectures.AUTOENCODER;
    }

    @Override
    public String imageProblem(ImageShape shape, String what) {
        return NetworkFamily.dcganLayoutProblem(name(), shape, what);
    }

    @Override
    public boolean convolutional(boolean images) {
        return images;
    }

    @Override
    public DcganLayout estimatedLayout(ImageShape shape) {
        return DcganLayout.of(shape.height());
    }

    @Override
    public String discriminatorActivation() {
        return "leaky_relu";
    }

    @Override
    public DiscriminatorNetwork discriminator(DiscriminatorConfig d, ImageShape image, GeneratorOptional init) {
        Activation act = Activation.byConfigName(d.activation());
        return image == null
                ? new MlpAutoEncoder(2, d.width(), d.depth(), d.codeSize(), act, d.batchNorm(), d.spectralNorm(), init)
                : new DcganAutoEncoder(
                        image, d.width(), d.codeSize(), Norm.byConfigName(d.norm()), act, d.spectralNorm(), init);
    }
}
