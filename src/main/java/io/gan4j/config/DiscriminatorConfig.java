package io.gan4j.config;

/**
 * The discriminator's (or critic's) network.
 *
 * @param architecture {@code mlp}, {@code dcgan}, {@code sngan} or {@code autoencoder} (EBGAN's
 *     auto-encoder; see {@link Architectures})
 * @param width units per hidden layer (mlp, autoencoder on points) or feature maps of the first
 *     layer (dcgan, sngan, autoencoder on images); 0 for the architecture's default
 * @param depth hidden layers (mlp; for autoencoder on points, of the encoder and of the decoder)
 * @param activation hidden nonlinearity, or {@code auto}
 * @param norm {@code batch}, {@code none} or {@code auto}; batch norm is forbidden with a gradient
 *     penalty
 * @param spectralNorm spectral normalisation of every layer (SNGAN)
 * @param packing samples per pack seen by the discriminator (PacGAN's m; 1 = no packing)
 * @param codeSize units of the auto-encoder's code (autoencoder only); 0: {@code width}
 * @param attention the side of the feature maps followed by a self-attention block (SAGAN), 0 for
 *     none; dcgan and sngan
 * @param dense units of a dense hidden layer (with the norm and activation) between the last
 *     convolution and the score, as InfoGAN's MNIST discriminator (1024); 0 for none; dcgan only
 */
public record DiscriminatorConfig(
        String architecture,
        int width,
        int depth,
        String activation,
        String norm,
        boolean spectralNorm,
        int packing,
        int codeSize,
        int attention,
        int dense)
        implements NetworkConfig {

    public static DiscriminatorConfig defaults() {
        return new DiscriminatorConfig(
                Architectures.MLP, 0, 3, Architectures.AUTO, Architectures.AUTO, false, 1, 0, 0, 0);
    }

    /** Whether the network is EBGAN's auto-encoder. */
    public boolean autoEncoder() {
        return Architectures.AUTOENCODER.equals(architecture);
    }

    @Override
    public DiscriminatorConfig resolved() {
        DiscriminatorFamily f = Architectures.findDiscriminator(architecture).orElse(null);
        if (f == null) {
            return this; // validation names it
        }
        int w = width == 0 ? f.width() : width;
        return new DiscriminatorConfig(
                architecture,
                w,
                depth,
                Architectures.orAuto(activation, f.discriminatorActivation()),
                Architectures.orAuto(norm, f.discriminatorNorm()),
                spectralNorm,
                packing,
                codeSize == 0 && autoEncoder() ? w : codeSize,
                attention,
                dense);
    }

    void validate(Violations v, String path) {
        v.oneOf(path + ".architecture", architecture, Architectures.discriminatorNames());
        validateShared(v, path, Architectures.findDiscriminator(architecture), "discriminator");
        v.between(path + ".packing", packing, 1, Bounds.PACKING);
        v.between(path + ".code_size", codeSize, 0, Bounds.WIDTH);
        if (autoEncoder()) {
            v.require(
                    packing == 1,
                    path + ".packing",
                    "the autoencoder gives one energy per sample: use 1, found " + packing);
        } else {
            v.require(
                    codeSize == 0, path + ".code_size", "only the autoencoder has a code: leave 0, found " + codeSize);
        }
    }
}
