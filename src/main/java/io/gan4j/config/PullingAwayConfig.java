package io.gan4j.config;

import io.gan4j.regularisers.PullingAway;
import io.gan4j.step.StepTerms;

/**
 * EBGAN-PT's pulling-away term, added to the generator's loss on the auto-encoder discriminator's
 * codes of its samples.
 *
 * @param weight λ_PT (the paper: 0.1)
 */
public record PullingAwayConfig(double weight) implements RegulariserConfig {

    public static PullingAwayConfig defaults() {
        return new PullingAwayConfig(0.1);
    }

    @Override
    public String configName() {
        return "pulling_away";
    }

    @Override
    public void validate(Violations v, String path) {
        v.positive(path + ".weight", weight);
    }

    /** The codes of the auto-encoder discriminator, of at least two samples a batch. */
    @Override
    public void checkWith(RunConfig config, Violations v, String path) {
        DiscriminatorConfig d = config.model().discriminator();
        v.require(
                d.autoEncoder(),
                path,
                "needs the codes of the autoencoder discriminator: "
                        + "set model.discriminator.architecture to autoencoder, found '" + d.architecture() + "'");
        v.require(
                config.data().batchSize() >= 2,
                "data.batch_size",
                "must be at least 2 with " + path + " (it compares the codes of distinct samples), found "
                        + config.data().batchSize());
    }

    @Override
    public void addTo(StepTerms terms) {
        terms.add(new PullingAway(weight));
    }
}
