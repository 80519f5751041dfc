package io.gan4j.config;

import io.gan4j.torch.ThreadSettings;
import java.util.List;

/**
 * A {@link RunConfig} that passed every check, with its {@code auto} values and zeros resolved: the
 * threads to the measured defaults for its networks, the networks' widths, norms and activations to
 * their architecture's choices. It is what {@code config.yaml} records and the only config the
 * training code accepts, so a config is validated once, where it enters: {@link #of} for one built in
 * Java, {@link #read} and {@link #fromYaml} for YAML (whose parse errors and violations are reported
 * in the same round).
 */
public final class ValidConfig {

    private final RunConfig config;

    private ValidConfig(RunConfig resolved) {
        this.config = resolved;
    }

    /**
     * {@code config} checked and resolved.
     *
     * @throws ConfigException listing every violation, when there is any
     */
    public static ValidConfig of(RunConfig config) {
        config.validate();
        return resolving(config);
    }

    /** As {@link ConfigReader#read}: a file or a preset, with overrides, validated and resolved. */
    public static ValidConfig read(String fileOrPreset, List<String> overrides) {
        return resolving(ConfigReader.read(fileOrPreset, overrides));
    }

    /** As {@link ConfigReader#fromYaml}: YAML text, with overrides, validated and resolved. */
    public static ValidConfig fromYaml(String yaml, String source, List<String> overrides) {
        return resolving(ConfigReader.fromYaml(yaml, source, overrides));
    }

    /** {@code validated}, which passed {@link RunConfig#violations()}, resolved. */
    private static ValidConfig resolving(RunConfig validated) {
        ThreadSettings t = validated.resolvedThreads();
        return new ValidConfig(validated
                .withThreads(new ThreadsConfig(t.intraOp(), t.blas(), 0))
                .withResolvedModel());
    }

    /** The resolved config. */
    public RunConfig config() {
        return config;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidConfig v && v.config.equals(config);
    }

    @Override
    public int hashCode() {
        return config.hashCode();
    }

    @Override
    public String toString() {
        return "ValidConfig[" + config + "]";
    }
}
