package io.gan4j.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gan4j.objectives.EbganMargin;
import io.gan4j.objectives.Objective;

/**
 * The {@code ebgan-margin} objective and its parameter: {@code objective: {name: ebgan-margin,
 * margin: 1}}; {@code objective: ebgan-margin} means the default margin, and a run's resolved
 * config writes it out.
 *
 * @param margin m: D pushes generated samples' energies up to m and no further (the paper's MNIST
 *     setting: 10)
 */
@JsonPropertyOrder({"name", "margin"})
public record EbganMarginConfig(double margin) implements ObjectiveConfig {

    public static EbganMarginConfig defaults() {
        return new EbganMarginConfig(EbganMargin.DEFAULT_MARGIN);
    }

    @Override
    @JsonProperty("name")
    public String name() {
        return EbganMargin.NAME;
    }

    @Override
    public void validate(Violations v, String path) {
        v.positive(path + ".margin", margin);
    }

    @Override
    public Objective build() {
        return new EbganMargin(margin);
    }
}
