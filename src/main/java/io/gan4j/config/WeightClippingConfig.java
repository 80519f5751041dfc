package io.gan4j.config;

import io.gan4j.regularisers.WeightClipping;
import io.gan4j.step.StepTerms;

/**
 * WGAN's weight clipping.
 *
 * @param clip every critic parameter is clipped to [−clip, clip] after each step (the paper: 0.01)
 */
public record WeightClippingConfig(double clip) implements RegulariserConfig {

    public static WeightClippingConfig defaults() {
        return new WeightClippingConfig(0.01);
    }

    @Override
    public String configName() {
        return "weight_clipping";
    }

    @Override
    public void validate(Violations v, String path) {
        v.positive(path + ".clip", clip);
    }

    @Override
    public void addTo(StepTerms terms) {
        terms.add(new WeightClipping(clip));
    }
}
