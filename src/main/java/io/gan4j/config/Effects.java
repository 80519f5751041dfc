package io.gan4j.config;

import io.gan4j.data.Datasets;

/**
 * Keys set to a value that the chosen model or data would ignore: each is an error, so that a user
 * never believes a run used a setting it did not. A key at its default is never reported (a run's
 * {@code config.yaml} writes every key out and must read back).
 */
final class Effects {

    private Effects() {}

    static void check(RunConfig c, Violations v) {
        boolean points = !c.data().hasImages();
        network(
                v,
                "model.generator",
                Architectures.generator(c.model().generator().architecture()),
                c.model().generator().depth(),
                GeneratorConfig.defaults().depth(),
                c.model().generator().attention(),
                points);
        DiscriminatorConfig d = c.model().discriminator();
        network(
                v,
                "model.discriminator",
                Architectures.discriminator(d.architecture()),
                d.depth(),
                DiscriminatorConfig.defaults().depth(),
                d.attention(),
                points);
        DataConfig data = c.data();
        if (!data.hasImages()) {
            String toy = "toy data (" + data.dataset() + ") are points, not images: remove it";
            v.require(
                    data.imageSize() == 0, "data.image_size", "has no effect: " + toy + ", found " + data.imageSize());
            v.require(data.channels() == 0, "data.channels", "has no effect: " + toy + ", found " + data.channels());
            v.require(
                    data.path() == null,
                    "data.path",
                    "has no effect: toy data (" + data.dataset() + ") are drawn, not read "
                            + "from files: remove it, found '" + data.path() + "'");
            v.require(
                    data.labels() == null,
                    "data.labels",
                    "has no effect: toy data (" + data.dataset() + ") have no labels: " + "remove it, found '"
                            + data.labels() + "'");
        }
        if (!Datasets.isImage(data.dataset())
                || data.dataset().equals(Datasets.FOLDER)
                || data.dataset().equals(Datasets.IDX)) {
            v.require(
                    data.split().equals(DataConfig.defaults().split()),
                    "data.split",
                    "has no effect: " + data.dataset() + " has no splits, found '" + data.split() + "'");
        }
        optimiser(v, "optimisers.generator", c.optimisers().generator());
        optimiser(v, "optimisers.discriminator", c.optimisers().discriminator());
    }

    /** @param points whether the data are points (every network fully connected; images are checked by RunConfig) */
    private static void network(
            Violations v,
            String key,
            NetworkFamily family,
            int depth,
            int defaultDepth,
            int attention,
            boolean points) {
        boolean mlp = points || !family.convolutional(true);
        String architecture = family.name();
        v.require(
                mlp || depth == defaultDepth,
                key + ".depth",
                "has no effect on the " + architecture + " network, whose depth "
                        + "follows the image size: remove it, found " + depth);
        v.require(
                !points || attention == 0,
                key + ".attention",
                "has no effect on toy data's fully connected networks "
                        + "(self-attention needs feature maps): remove it, found " + attention);
    }

    private static void optimiser(Violations v, String key, OptimiserConfig o) {
        OptimiserConfig defaults = OptimiserConfig.defaults();
        v.require(
                o.type().equals("rmsprop") || o.alpha() == defaults.alpha(),
                key + ".alpha",
                "has no effect on " + o.type() + " (it is RMSProp's smoothing constant): remove it, found "
                        + o.alpha());
        v.require(
                !o.type().equals("adam") || o.momentum() == defaults.momentum(),
                key + ".momentum",
                "has no effect on adam " + "(use beta1): remove it, found " + o.momentum());
        v.require(
                !o.type().equals("sgd") || (o.beta1() == defaults.beta1() && o.beta2() == defaults.beta2()),
                key + ".beta1",
                "beta1 and beta2 have no effect on sgd (they are Adam's): remove them, found " + o.beta1() + " and "
                        + o.beta2());
    }
}
