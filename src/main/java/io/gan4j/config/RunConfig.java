package io.gan4j.config;

import java.util.List;

/**
 * Everything that defines a training run; with the same threads, the same config gives the same
 * metrics.
 *
 * @param name the run's name (run directories are {@code runs/<name>-<timestamp>})
 * @param seed the one seed from which every random stream is derived
 * @param threads thread settings
 * @param device {@code auto} (CUDA where present, else CPU), {@code cpu} or {@code cuda}
 * @param data the training data
 * @param model the networks and latent prior
 * @param infogan InfoGAN's latent codes and mutual-information term, or {@code null} for none
 * @param objective the adversarial objective and its parameters
 * @param regularisers the players' regularisers
 * @param optimisers one optimiser per network
 * @param train length and rhythm
 * @param log what to measure and record
 */
public record RunConfig(
        String name,
        long seed,
        ThreadsConfig threads,
        String device,
        DataConfig data,
        ModelConfig model,
        InfoganConfig infogan,
        ObjectiveConfig objective,
        RegularisersConfig regularisers,
        OptimisersConfig optimisers,
        TrainConfig train,
        LogConfig log) {

    /** The devices a config can name. */
    public static final List<String> DEVICES = List.of("auto", "cpu", "cuda");

    /** The defaults a YAML file overrides: a non-saturating GAN on the 8-Gaussian ring. */
    public static RunConfig defaults() {
        return new RunConfig(
                "gan",
                1,
                ThreadsConfig.defaults(),
                "auto",
                DataConfig.defaults(),
                ModelConfig.defaults(),
                null,
                ObjectiveConfig.of("non-saturating"),
                RegularisersConfig.defaults(),
                OptimisersConfig.defaults(),
                TrainConfig.defaults(),
                LogConfig.defaults());
    }

    /**
     * Every violation of ranges and combinations, in one round; empty if the config is usable. The
     * rules that combine fields read the data and the networks, so they run whenever those two
     * sections are valid in themselves, whatever else is wrong; the memory estimate, which needs
     * the whole config, runs when nothing else is wrong.
     */
    public Violations violations() {
        Violations v = new Violations();
        v.require(
                name != null && name.matches("[A-Za-z0-9._-]+"),
                "name",
                "must be letters, digits, '.', '_' or '-', found '" + name + "'");
        threads.validate(v, "threads");
        v.oneOf("device", device, DEVICES);
        data.validate(v, "data");
        model.validate(v, "model");
        if (infogan != null) {
            infogan.validate(v, "infogan");
        }
        objective.validate(v, "objective");
        regularisers.validate(v, "regularisers");
        optimisers.validate(v, "optimisers");
        train.validate(v, "train");
        log.validate(v, "log");
        if (!v.anyIn("data", "model")) {
            new Combinations(this).check(v);
        }
        if (v.isEmpty()) {
            RunConfig resolved = withResolvedModel();
            MemoryEstimate.of(resolved).check(v, resolved, MemoryEstimate.machineMemory());
        }
        return v;
    }

    /** Throws a {@link ConfigException} listing every violation, if there is any. */
    public RunConfig validate() {
        violations().throwIfAny("'" + name + "'");
        return this;
    }

    /**
     * Whether either network is convolutional (their best thread settings differ from an MLP's); the
     * autoencoder is convolutional on images, fully connected on points.
     */
    public boolean convolutional() {
        boolean images = data.hasImages();
        return Architectures.generator(model.generator().architecture()).convolutional(images)
                || Architectures.discriminator(model.discriminator().architecture())
                        .convolutional(images);
    }

    /** The thread settings to apply: the config's, with 0 replaced by the measured default for its networks. */
    public io.gan4j.torch.ThreadSettings resolvedThreads() {
        return threads.resolve(convolutional());
    }

    /** This config with the given thread counts. */
    public RunConfig withThreads(ThreadsConfig t) {
        return new RunConfig(
                name, seed, t, device, data, model, infogan, objective, regularisers, optimisers, train, log);
    }

    /** This config with the given training section. */
    public RunConfig withTrain(TrainConfig t) {
        return new RunConfig(
                name, seed, threads, device, data, model, infogan, objective, regularisers, optimisers, t, log);
    }

    /** This config with every {@code auto} and 0 in the networks replaced by the architecture's choice. */
    public RunConfig withResolvedModel() {
        ModelConfig m = new ModelConfig(
                model.latentDim(),
                model.latentPrior(),
                model.classes(),
                model.generator().resolved(),
                model.discriminator().resolved());
        return new RunConfig(
                name, seed, threads, device, data, m, infogan, objective, regularisers, optimisers, train, log);
    }
}
