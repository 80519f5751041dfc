package io.gan4j.config;

/**
 * EBGAN-PT's pulling-away term, added to the generator's loss on the auto-encoder discriminator's
 * codes of its samples.
 *
 * @param weight λ_PT (the paper: 0.1)
 */
public record PullingAwayConfig(double weight) {

    public static PullingAwayConfig defaults() {
        return new PullingAwayConfig(0.1);
    }

    void validate(Violations v, String path) {
        v.positive(path + ".weight", weight);
    }
}
