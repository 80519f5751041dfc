package io.gan4j.config;

/**
 * The discriminator's regularisers; a {@code null} section is off.
 *
 * @param gradientPenalty WGAN-GP's penalty, or {@code null}
 * @param weightClipping WGAN's clipping, or {@code null}
 */
public record RegularisersConfig(GradientPenaltyConfig gradientPenalty, WeightClippingConfig weightClipping) {

    public static RegularisersConfig defaults() {
        return new RegularisersConfig(null, null);
    }

    void validate(Violations v, String path) {
        if (gradientPenalty != null) {
            gradientPenalty.validate(v, path + ".gradient_penalty");
        }
        if (weightClipping != null) {
            weightClipping.validate(v, path + ".weight_clipping");
        }
    }
}
