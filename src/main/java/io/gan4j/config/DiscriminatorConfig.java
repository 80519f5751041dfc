package io.gan4j.config;

import io.gan4j.networks.Activation;

/**
 * The discriminator's (or critic's) network: a fully connected stack.
 *
 * @param width units per hidden layer
 * @param depth hidden layers
 * @param activation hidden nonlinearity
 * @param batchNorm batch normalisation after each hidden dense layer (forbidden with a gradient penalty)
 * @param spectralNorm spectral normalisation of every dense layer (SNGAN)
 * @param packing samples per pack seen by the discriminator (PacGAN's m; 1 = no packing)
 */
public record DiscriminatorConfig(int width, int depth, String activation, boolean batchNorm, boolean spectralNorm,
                                  int packing) {

    public static DiscriminatorConfig defaults() {
        return new DiscriminatorConfig(512, 3, "relu", false, false, 1);
    }

    void validate(Violations v, String path) {
        v.atLeast(path + ".width", width, 1);
        v.atLeast(path + ".depth", depth, 1);
        v.oneOf(path + ".activation", activation, Activation.configNames());
        v.atLeast(path + ".packing", packing, 1);
    }
}
