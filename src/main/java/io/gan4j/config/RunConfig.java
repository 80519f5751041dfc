package io.gan4j.config;

import io.gan4j.data.Datasets;
import io.gan4j.networks.AttentionSides;
import io.gan4j.networks.DcganLayout;
import io.gan4j.networks.ImageShape;
import io.gan4j.objectives.EbganMargin;
import io.gan4j.objectives.Objectives;
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
 * @param objective the adversarial objective's name (see {@link Objectives#names()})
 * @param ebganMargin the {@code ebgan-margin} objective's parameters, or {@code null} (its defaults
 *     with that objective, filled in by {@link #withResolvedObjective()}; not allowed with another)
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
        String objective,
        EbganMarginConfig ebganMargin,
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
                "non-saturating",
                null,
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
        v.oneOf("objective", objective, Objectives.names());
        if (ebganMargin != null) {
            ebganMargin.validate(v, "ebgan_margin");
        }
        regularisers.validate(v, "regularisers");
        optimisers.validate(v, "optimisers");
        train.validate(v, "train");
        log.validate(v, "log");
        if (!v.anyIn("data", "model")) {
            checkCombinations(v);
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
        DiscriminatorConfig d = model.discriminator();
        boolean fullyConnectedD = d.architecture().equals(Architectures.MLP) || (d.autoEncoder() && !data.hasImages());
        return !model.generator().architecture().equals(Architectures.MLP) || !fullyConnectedD;
    }

    /** The thread settings to apply: the config's, with 0 replaced by the measured default for its networks. */
    public io.gan4j.torch.ThreadSettings resolvedThreads() {
        return threads.resolve(convolutional());
    }

    /** This config with the given thread counts. */
    public RunConfig withThreads(ThreadsConfig t) {
        return new RunConfig(
                name,
                seed,
                t,
                device,
                data,
                model,
                infogan,
                objective,
                ebganMargin,
                regularisers,
                optimisers,
                train,
                log);
    }

    /** This config with the given training section. */
    public RunConfig withTrain(TrainConfig t) {
        return new RunConfig(
                name,
                seed,
                threads,
                device,
                data,
                model,
                infogan,
                objective,
                ebganMargin,
                regularisers,
                optimisers,
                t,
                log);
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
                name,
                seed,
                threads,
                device,
                data,
                m,
                infogan,
                objective,
                ebganMargin,
                regularisers,
                optimisers,
                train,
                log);
    }

    /** This config with the objective's parameters written out: {@code ebgan_margin} at its defaults when absent. */
    public RunConfig withResolvedObjective() {
        EbganMarginConfig margin =
                ebganMargin == null && EbganMargin.NAME.equals(objective) ? EbganMarginConfig.defaults() : ebganMargin;
        return new RunConfig(
                name,
                seed,
                threads,
                device,
                data,
                model,
                infogan,
                objective,
                margin,
                regularisers,
                optimisers,
                train,
                log);
    }

    private void checkCombinations(Violations v) {
        DiscriminatorConfig d = model.discriminator();
        regularisers.checkWith(this, v, "regularisers");
        if (data.batchSize() % d.packing() != 0) {
            v.add(
                    "data.batch_size",
                    "must be a multiple of model.discriminator.packing (" + d.packing() + "), found "
                            + data.batchSize());
        }
        v.require(
                !model.generator().spectralNorm()
                        || !model.generator().architecture().equals(Architectures.MLP),
                "model.generator.spectral_norm",
                "spectral norm in the generator is built for dcgan and sngan, found 'mlp'");
        checkEnergyBased(v);
        Effects.check(this, v);
        if (infogan != null) {
            checkInfogan(v);
        }
        if (model.conditional()) {
            checkConditional(v);
        }
        if (data.hasImages()) {
            checkImageNetworks(v, data.imageShape());
            ImageShape shape = data.imageShape();
            v.require(
                    !log.metricNames().contains("modes") || (shape.channels() == 3 && shape.height() == 28),
                    "log.metrics",
                    "modes counts stacked-MNIST modes: it needs 3×28×28 images, found " + shape);
            v.require(
                    !log.metricNames().contains("class-agreement") || model.conditional(),
                    "log.metrics",
                    "class-agreement measures a class-conditional generator: set model.classes (0 here, "
                            + "unconditional)");
            v.require(
                    !log.metricNames().contains("class-agreement")
                            || List.of("mnist", "fashion-mnist").contains(data.dataset()),
                    "log.metrics",
                    "class-agreement labels samples with a classifier of their dataset; gan4j ships those of mnist "
                            + "and fashion-mnist, found " + data.dataset());
        } else {
            v.require(
                    log.metricNames().isEmpty(),
                    "log.metrics",
                    "toy runs measure modes, HQ, reverse KL and W1 "
                            + "(log.eval_every); the image metrics need images, found '" + log.metrics() + "'");
            for (String key : List.of("generator", "discriminator")) {
                String arch = key.equals("generator") ? model.generator().architecture() : d.architecture();
                boolean autoEncoder = key.equals("discriminator") && d.autoEncoder();
                v.require(
                        arch.equals(Architectures.MLP) || autoEncoder,
                        "model." + key + ".architecture",
                        "toy data (" + data.dataset() + ") are points, not images: use mlp"
                                + (key.equals("discriminator") ? " or autoencoder" : "") + ", found '" + arch + "'");
            }
        }
    }

    /** EBGAN: the margin objective and the auto-encoder discriminator go together. */
    private void checkEnergyBased(Violations v) {
        DiscriminatorConfig d = model.discriminator();
        boolean margin = EbganMargin.NAME.equals(objective);
        if (margin && !d.autoEncoder()) {
            v.add(
                    "model.discriminator.architecture",
                    "objective ebgan-margin is written for energies, which the "
                            + "autoencoder discriminator gives (its reconstruction error): use autoencoder, found '"
                            + d.architecture() + "'");
        }
        if (d.autoEncoder() && !margin) {
            v.add(
                    "objective",
                    "the autoencoder discriminator gives energies (low on real data), which only ebgan-margin "
                            + "is written for: use ebgan-margin, found '" + objective + "'");
        }
        if (ebganMargin != null && !margin) {
            v.add(
                    "ebgan_margin",
                    "sets the parameters of objective ebgan-margin; remove it, or use that objective (found '"
                            + objective + "')");
        }
    }

    /** InfoGAN: Q shares a trunk that scores each sample from its features, so no auto-encoder and no packing. */
    private void checkInfogan(Violations v) {
        DiscriminatorConfig d = model.discriminator();
        v.require(
                !d.autoEncoder(),
                "model.discriminator.architecture",
                "infogan's Q head shares the trunk of the "
                        + "mlp, dcgan or sngan discriminator (the features its last dense layer scores), found "
                        + "'autoencoder'");
        v.require(
                d.packing() == 1,
                "model.discriminator.packing",
                "infogan's Q estimates the codes of each sample: " + "use 1, found " + d.packing());
    }

    /**
     * Class-conditional: labelled images, K their number of classes, G's batch norm to condition
     * and D's features to project (dcgan or sngan, one class per score), not with InfoGAN.
     */
    private void checkConditional(Violations v) {
        int k = model.classes();
        if (!data.hasImages()) {
            v.add(
                    "model.classes",
                    "toy data (" + data.dataset() + ") are unlabelled points; class conditioning needs a "
                            + "labelled image dataset: use 0, found " + k);
            return;
        }
        int known = Datasets.classes(data.dataset(), data.split());
        if (known == 0) {
            v.add(
                    "data.split",
                    "a class-conditional run (model.classes " + k + ") needs every image labelled; " + data.dataset()
                            + " '" + data.split() + "' has unlabelled images: use train or test");
        } else if (known != Datasets.FROM_FILES) {
            v.require(
                    known == k,
                    "model.classes",
                    data.dataset() + " has " + known + " classes: use " + known
                            + " (or 0 for an unconditional run), found " + k);
        }
        boolean convolutionalG = false;
        for (String key : List.of("generator", "discriminator")) {
            String arch = key.equals("generator")
                    ? model.generator().architecture()
                    : model.discriminator().architecture();
            boolean ok = arch.equals(Architectures.DCGAN) || arch.equals(Architectures.SNGAN);
            convolutionalG |= ok && key.equals("generator");
            v.require(
                    ok,
                    "model." + key + ".architecture",
                    (key.equals("generator") ? "class-conditional batch norm" : "the projection discriminator")
                            + " (model.classes " + k + ") is built for dcgan and sngan, found '" + arch + "'");
        }
        v.require(
                !convolutionalG || model.generator().batchNorm(),
                "model.generator.norm",
                "the class enters G through its " + "batch norms (model.classes " + k + "): use batch or auto, found '"
                        + model.generator().norm() + "'");
        v.require(
                model.discriminator().packing() == 1,
                "model.discriminator.packing",
                "the projection scores each image " + "with its own class (model.classes " + k + "): use 1, found "
                        + model.discriminator().packing());
        v.require(
                infogan == null,
                "infogan",
                "InfoGAN's codes and class conditioning (model.classes " + k + ") are not " + "combined: remove one");
    }

    private void checkImageNetworks(Violations v, ImageShape shape) {
        for (String key : List.of("generator", "discriminator")) {
            String arch = key.equals("generator")
                    ? model.generator().architecture()
                    : model.discriminator().architecture();
            String what = data.dataset() + " images of side " + shape.height()
                    + (data.imageSize() == 0 ? " (set data.image_size to resize them)" : "");
            if (arch.equals(Architectures.DCGAN) || arch.equals(Architectures.AUTOENCODER)) {
                v.require(
                        DcganLayout.supports(shape.height()),
                        "model." + key + ".architecture",
                        arch + " needs a side b·2^n with 4 ≤ b ≤ 7 (28, 32, 48, 64, …), found " + what);
            } else if (arch.equals(Architectures.SNGAN)) {
                v.require(
                        shape.height() % 8 == 0,
                        "model." + key + ".architecture",
                        "sngan needs a side that is a multiple of 8 (the paper: 32, 48), found " + what);
            }
        }
        checkAttention(v, shape);
        DiscriminatorConfig d = model.discriminator();
        v.require(
                !(d.architecture().equals(Architectures.SNGAN) && d.batchNorm()),
                "model.discriminator.norm",
                "the SNGAN discriminator has no normalisation layers besides spectral norm: use none, found "
                        + d.norm());
    }

    /** A self-attention side must be one of the network's feature-map sides. */
    private void checkAttention(Violations v, ImageShape shape) {
        for (String key : List.of("generator", "discriminator")) {
            boolean generator = key.equals("generator");
            String arch = generator
                    ? model.generator().architecture()
                    : model.discriminator().architecture();
            int side = generator
                    ? model.generator().attention()
                    : model.discriminator().attention();
            if (side <= 0) {
                continue;
            }
            List<Integer> sides;
            if (arch.equals(Architectures.DCGAN) && DcganLayout.supports(shape.height())) {
                sides = generator ? AttentionSides.dcganGenerator(shape) : AttentionSides.dcganDiscriminator(shape);
            } else if (arch.equals(Architectures.SNGAN) && shape.height() % 8 == 0 && shape.height() == shape.width()) {
                sides = generator ? AttentionSides.snganGenerator(shape) : AttentionSides.snganDiscriminator(shape);
            } else {
                v.require(
                        arch.equals(Architectures.DCGAN) || arch.equals(Architectures.SNGAN),
                        "model." + key + ".attention",
                        "self-attention needs feature maps: use the dcgan or sngan architecture, found '" + arch + "'");
                continue;
            }
            v.require(
                    sides.contains(side),
                    "model." + key + ".attention",
                    "the " + arch + " " + key + " for " + shape + " has feature maps of sides " + sides + ", found "
                            + side);
        }
    }
}
