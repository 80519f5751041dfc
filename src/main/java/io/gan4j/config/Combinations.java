package io.gan4j.config;

import io.gan4j.data.Datasets;
import io.gan4j.networks.ImageShape;
import io.gan4j.objectives.EbganMargin;
import java.util.List;

/**
 * The rules of a {@link RunConfig} that combine its sections: what the networks, the data, the
 * objective and the regularisers each require of the others. They run when the data and networks are
 * valid in themselves ({@link RunConfig#violations()}).
 */
final class Combinations {

    private final RunConfig config;
    private final DataConfig data;
    private final ModelConfig model;
    private final InfoganConfig infogan;
    private final String objective;
    private final RegularisersConfig regularisers;
    private final LogConfig log;

    Combinations(RunConfig config) {
        this.config = config;
        this.data = config.data();
        this.model = config.model();
        this.infogan = config.infogan();
        this.objective = config.objective().name();
        this.regularisers = config.regularisers();
        this.log = config.log();
    }

    /** Every violation of a rule that combines sections. */
    void check(Violations v) {
        DiscriminatorConfig d = model.discriminator();
        regularisers.checkWith(config, v, "regularisers");
        if (data.batchSize() % d.packing() != 0) {
            v.add(
                    "data.batch_size",
                    "must be a multiple of model.discriminator.packing (" + d.packing() + "), found "
                            + data.batchSize());
        }
        v.require(
                !model.generator().spectralNorm()
                        || Architectures.generator(model.generator().architecture())
                                .featureMaps(),
                "model.generator.spectral_norm",
                "spectral norm in the generator is built for dcgan and sngan, found 'mlp'");
        checkEnergyBased(v);
        Effects.check(config, v);
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
                v.require(
                        !family(key).convolutional(false),
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
            boolean ok = family(key).featureMaps();
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
            String problem = family(key).imageProblem(shape, what);
            if (problem != null) {
                v.add("model." + key + ".architecture", problem);
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

    /** The family of the network under {@code model.<key>}, {@code generator} or {@code discriminator}. */
    private NetworkFamily family(String key) {
        return key.equals("generator")
                ? Architectures.generator(model.generator().architecture())
                : Architectures.discriminator(model.discriminator().architecture());
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
            NetworkFamily family = family(key);
            if (!family.featureMaps()) {
                v.add(
                        "model." + key + ".attention",
                        "self-attention needs feature maps: use the dcgan or sngan architecture, found '" + arch + "'");
                continue;
            }
            List<Integer> sides = family.attentionSides(shape, generator);
            if (sides.isEmpty()) {
                continue; // a side the family cannot build, which checkImageNetworks names
            }
            v.require(
                    sides.contains(side),
                    "model." + key + ".attention",
                    "the " + arch + " " + key + " for " + shape + " has feature maps of sides " + sides + ", found "
                            + side);
        }
    }
}
