package io.gan4j.config;

import io.gan4j.regularisers.GradientPenalty;
import io.gan4j.step.StepTerms;

/**
 * WGAN-GP's gradient penalty.
 *
 * @param weight λ (the paper: 10)
 * @param oneSided penalise only ‖∇f‖ &gt; 1
 */
public record GradientPenaltyConfig(double weight, boolean oneSided) implements RegulariserConfig {

    public static GradientPenaltyConfig defaults() {
        return new GradientPenaltyConfig(10.0, false);
    }

    @Override
    public String configName() {
        return "gradient_penalty";
    }

    @Override
    public void validate(Violations v, String path) {
        v.positive(path + ".weight", weight);
    }

    /** No batch norm in the critic, and not with weight clipping. */
    @Override
    public void checkWith(RunConfig config, Violations v, String path) {
        DiscriminatorConfig d = config.model().discriminator();
        if (d.batchNorm()) {
            v.add(
                    "model.discriminator.norm",
                    "must be none with " + path + " (found '" + d.norm()
                            + "', which means batch norm for " + d.architecture()
                            + "): batch norm makes each score depend on the "
                            + "whole batch, so the per-sample gradient the penalty constrains is not the critic's "
                            + "(Gulrajani et al., "
                            + "2017, section 4)");
        }
        if (config.regularisers().get(WeightClippingConfig.class) != null) {
            v.add(
                    "regularisers",
                    "choose one of gradient_penalty and weight_clipping: clipping the weights "
                            + "undoes the gradient the penalty asks for");
        }
    }

    @Override
    public void addTo(StepTerms terms) {
        terms.add(new GradientPenalty(weight, oneSided, terms.synchroniser()));
    }
}
