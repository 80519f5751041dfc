package io.gan4j.config;

/**
 * The players' regularisers: the discriminator's gradient penalty and weight clipping, the
 * generator's pulling-away term; a {@code null} section is off.
 *
 * @param gradientPenalty WGAN-GP's penalty, or {@code null}
 * @param weightClipping WGAN's clipping, or {@code null}
 * @param pullingAway EBGAN-PT's pulling-away term in G's loss (needs the autoencoder discriminator),
 *     or {@code null}
 */
public record RegularisersConfig(GradientPenaltyConfig gradientPenalty, WeightClippingConfig weightClipping,
                                 PullingAwayConfig pullingAway) {

    public static RegularisersConfig defaults() {
        return new RegularisersConfig(null, null, null);
    }

    void validate(Violations v, String path) {
        if (gradientPenalty != null) {
            gradientPenalty.validate(v, path + ".gradient_penalty");
        }
        if (weightClipping != null) {
            weightClipping.validate(v, path + ".weight_clipping");
        }
        if (pullingAway != null) {
            pullingAway.validate(v, path + ".pulling_away");
        }
    }
}
