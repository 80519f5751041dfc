package io.gan4j.config;

import io.gan4j.objectives.Objectives;

/**
 * Everything that defines a training run; with the same threads, the same config gives the same
 * metrics.
 *
 * @param name the run's name (run directories are {@code runs/<name>-<timestamp>})
 * @param seed the one seed from which every random stream is derived
 * @param threads thread settings
 * @param data the training data
 * @param model the networks and latent prior
 * @param objective the adversarial objective's name (see {@link Objectives#names()})
 * @param regularisers the discriminator's regularisers
 * @param optimisers one optimiser per network
 * @param train length and rhythm
 * @param log what to measure and record
 */
public record RunConfig(String name, long seed, ThreadsConfig threads, DataConfig data, ModelConfig model,
                        String objective, RegularisersConfig regularisers, OptimisersConfig optimisers,
                        TrainConfig train, LogConfig log) {

    /** The defaults a YAML file overrides: a non-saturating GAN on the 8-Gaussian ring. */
    public static RunConfig defaults() {
        return new RunConfig("gan", 1, ThreadsConfig.defaults(), DataConfig.defaults(), ModelConfig.defaults(),
            "non-saturating", RegularisersConfig.defaults(), OptimisersConfig.defaults(), TrainConfig.defaults(),
            LogConfig.defaults());
    }

    /** Every violation of ranges and combinations; empty if the config is usable. */
    public Violations violations() {
        Violations v = new Violations();
        v.require(name != null && name.matches("[A-Za-z0-9._-]+"), "name",
            "must be letters, digits, '.', '_' or '-', found '" + name + "'");
        threads.validate(v, "threads");
        data.validate(v, "data");
        model.validate(v, "model");
        v.oneOf("objective", objective, Objectives.names());
        regularisers.validate(v, "regularisers");
        optimisers.validate(v, "optimisers");
        train.validate(v, "train");
        log.validate(v, "log");
        checkCombinations(v);
        return v;
    }

    /** Throws a {@link ConfigException} listing every violation, if there is any. */
    public RunConfig validate() {
        violations().throwIfAny("'" + name + "'");
        return this;
    }

    private void checkCombinations(Violations v) {
        DiscriminatorConfig d = model.discriminator();
        if (regularisers.gradientPenalty() != null && d.batchNorm()) {
            v.add("model.discriminator.batch_norm", "must be false with regularisers.gradient_penalty: batch norm makes "
                + "each score depend on the whole batch, so the per-sample gradient the penalty constrains is not the "
                + "critic's (Gulrajani et al., 2017, section 4)");
        }
        if (regularisers.gradientPenalty() != null && regularisers.weightClipping() != null) {
            v.add("regularisers", "choose one of gradient_penalty and weight_clipping: clipping the weights "
                + "undoes the gradient the penalty asks for");
        }
        if (d.packing() >= 1 && data.batchSize() >= 1 && data.batchSize() % d.packing() != 0) {
            v.add("data.batch_size", "must be a multiple of model.discriminator.packing (" + d.packing() + "), found "
                + data.batchSize());
        }
    }
}
