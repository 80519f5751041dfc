package io.gan4j.config;

/**
 * WGAN's weight clipping.
 *
 * @param clip every critic parameter is clipped to [−clip, clip] after each step (the paper: 0.01)
 */
public record WeightClippingConfig(double clip) {

    public static WeightClippingConfig defaults() {
        return new WeightClippingConfig(0.01);
    }

    void validate(Violations v, String path) {
        v.positive(path + ".clip", clip);
    }
}
