package io.gan4j.config;

import java.util.List;

/**
 * The two networks and the latent prior.
 *
 * @param latentDim dimension of z
 * @param latentPrior {@code normal} (N(0, I)) or {@code uniform} (U[−1, 1]^d)
 * @param classes K &gt; 0 makes the run class-conditional (Miyato and Koyama 2018; SAGAN): G's
 *     input is [z, one-hot(y)] with y ~ uniform Cat(K) and its batch norms are class-conditional;
 *     D is a projection discriminator, D(x, y) = ψ(φ(x)) + yᵀVφ(x), told each real image's label
 *     and each generated image's y. K must be the dataset's number of classes; 0 (the default):
 *     unconditional
 * @param generator the generator's network
 * @param discriminator the discriminator's network
 */
public record ModelConfig(
        int latentDim, String latentPrior, int classes, GeneratorConfig generator, DiscriminatorConfig discriminator) {

    /** The latent priors a config can name. */
    public static final List<String> PRIORS = List.of("normal", "uniform");

    /** An unconditional model ({@code classes} 0). */
    public ModelConfig(
            int latentDim, String latentPrior, GeneratorConfig generator, DiscriminatorConfig discriminator) {
        this(latentDim, latentPrior, 0, generator, discriminator);
    }

    public static ModelConfig defaults() {
        return new ModelConfig(2, "normal", GeneratorConfig.defaults(), DiscriminatorConfig.defaults());
    }

    /** Whether the run is class-conditional ({@code classes} &gt; 0). */
    public boolean conditional() {
        return classes > 0;
    }

    void validate(Violations v, String path) {
        v.between(path + ".latent_dim", latentDim, 1, Bounds.WIDTH);
        v.oneOf(path + ".latent_prior", latentPrior, PRIORS);
        v.require(
                classes <= Bounds.CLASSES,
                path + ".classes",
                "must be at most " + Bounds.CLASSES + ", found " + classes);
        v.require(
                classes == 0 || classes >= 2,
                path + ".classes",
                "must be 0 (unconditional) or the dataset's number of " + "classes, at least 2, found " + classes);
        generator.validate(v, path + ".generator");
        discriminator.validate(v, path + ".discriminator");
    }
}
