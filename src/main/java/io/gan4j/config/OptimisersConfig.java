package io.gan4j.config;

/**
 * One optimiser per network, so learning rates may differ (TTUR: Heusel et al., 2017).
 *
 * @param generator the generator's optimiser
 * @param discriminator the discriminator's optimiser
 */
public record OptimisersConfig(OptimiserConfig generator, OptimiserConfig discriminator) {

    public static OptimisersConfig defaults() {
        return new OptimisersConfig(OptimiserConfig.defaults(), OptimiserConfig.defaults());
    }

    void validate(Violations v, String path) {
        generator.validate(v, path + ".generator");
        discriminator.validate(v, path + ".discriminator");
    }
}
