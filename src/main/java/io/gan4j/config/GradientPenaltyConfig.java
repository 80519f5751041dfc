package io.gan4j.config;

/**
 * WGAN-GP's gradient penalty.
 *
 * @param weight λ (the paper: 10)
 * @param oneSided penalise only ‖∇f‖ &gt; 1
 */
public record GradientPenaltyConfig(double weight, boolean oneSided) {

    public static GradientPenaltyConfig defaults() {
        return new GradientPenaltyConfig(10.0, false);
    }

    void validate(Violations v, String path) {
        v.positive(path + ".weight", weight);
    }
}
