package io.gan4j.config;

import java.util.List;

/**
 * The two networks and the latent prior.
 *
 * @param latentDim dimension of z
 * @param latentPrior {@code normal} (N(0, I)) or {@code uniform} (U[−1, 1]^d)
 * @param generator the generator's network
 * @param discriminator the discriminator's network
 */
public record ModelConfig(int latentDim, String latentPrior, GeneratorConfig generator,
                          DiscriminatorConfig discriminator) {

    /** The latent priors a config can name. */
    public static final List<String> PRIORS = List.of("normal", "uniform");

    public static ModelConfig defaults() {
        return new ModelConfig(2, "normal", GeneratorConfig.defaults(), DiscriminatorConfig.defaults());
    }

    void validate(Violations v, String path) {
        v.atLeast(path + ".latent_dim", latentDim, 1);
        v.oneOf(path + ".latent_prior", latentPrior, PRIORS);
        generator.validate(v, path + ".generator");
        discriminator.validate(v, path + ".discriminator");
    }
}
