package io.gan4j.config;

/**
 * The generator's network.
 *
 * @param architecture {@code mlp}, {@code dcgan} or {@code sngan} (see {@link Architectures})
 * @param width units per hidden layer (mlp) or feature maps of the last hidden layer (dcgan, sngan);
 *     0 for the architecture's default
 * @param depth hidden layers (mlp only: the convolutional networks' depth follows the image size)
 * @param activation hidden nonlinearity ({@code relu}, {@code leaky_relu}, {@code tanh}, …) or {@code auto}
 * @param norm {@code batch}, {@code none} or {@code auto} (the architecture's own)
 * @param spectralNorm spectral normalisation of every layer (SAGAN; dcgan and sngan)
 * @param attention the side of the hidden feature maps followed by a self-attention block (SAGAN),
 *     0 for none; dcgan and sngan
 * @param dense units of a dense hidden layer (with the norm and activation) between z and the
 *     projection to the base feature maps, as InfoGAN's MNIST generator (1024); 0 for none; dcgan only
 */
public record GeneratorConfig(
        String architecture,
        int width,
        int depth,
        String activation,
        String norm,
        boolean spectralNorm,
        int attention,
        int dense)
        implements NetworkConfig {

    public static GeneratorConfig defaults() {
        return new GeneratorConfig(Architectures.MLP, 0, 3, Architectures.AUTO, Architectures.AUTO, false, 0, 0);
    }

    @Override
    public GeneratorConfig resolved() {
        GeneratorFamily f = Architectures.findGenerator(architecture).orElse(null);
        if (f == null) {
            return this; // validation names it
        }
        return new GeneratorConfig(
                architecture,
                width == 0 ? f.width() : width,
                depth,
                Architectures.orAuto(activation, f.generatorActivation()),
                Architectures.orAuto(norm, f.generatorNorm()),
                spectralNorm,
                attention,
                dense);
    }

    void validate(Violations v, String path) {
        v.oneOf(path + ".architecture", architecture, Architectures.names());
        validateShared(v, path, Architectures.findGenerator(architecture), "generator");
    }
}
