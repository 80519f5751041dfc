package io.gan4j.config;

import io.gan4j.networks.Activation;

/**
 * The generator's network: a fully connected stack.
 *
 * @param width units per hidden layer
 * @param depth hidden layers
 * @param activation hidden nonlinearity ({@code relu}, {@code leaky_relu}, {@code tanh}, …)
 * @param batchNorm batch normalisation after each hidden dense layer
 */
public record GeneratorConfig(int width, int depth, String activation, boolean batchNorm) {

    public static GeneratorConfig defaults() {
        return new GeneratorConfig(512, 3, "relu", false);
    }

    void validate(Violations v, String path) {
        v.atLeast(path + ".width", width, 1);
        v.atLeast(path + ".depth", depth, 1);
        v.oneOf(path + ".activation", activation, Activation.configNames());
    }
}
