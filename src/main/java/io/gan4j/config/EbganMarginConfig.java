package io.gan4j.config;

import io.gan4j.objectives.EbganMargin;

/**
 * The parameters of the {@code ebgan-margin} objective, in the section of its own name,
 * {@code ebgan_margin}: absent means the defaults, and a run's resolved config writes them out.
 *
 * @param margin m: D pushes generated samples' energies up to m and no further (the paper's MNIST
 *     setting: 10)
 */
public record EbganMarginConfig(double margin) {

    public static EbganMarginConfig defaults() {
        return new EbganMarginConfig(EbganMargin.DEFAULT_MARGIN);
    }

    void validate(Violations v, String path) {
        v.positive(path + ".margin", margin);
    }
}
