package io.gan4j.config;

import io.gan4j.step.StepTerms;

/**
 * A regulariser's settings: a record with a static {@code defaults()}, bound under
 * {@code regularisers.<configName>} (absent or {@code null}: off), that validates itself alone and
 * against the rest of the config, and adds its term or constraint to the steps it is built into.
 * Adding a regulariser to gan4j is its term, this record and its tests, and one entry in
 * {@code RegularisersConfig}'s built-in list; a user's jar registers one through {@link java.util.ServiceLoader}
 * instead (see {@link RegularisersConfig#known()}).
 */
public interface RegulariserConfig {

    /** Its key under {@code regularisers}, e.g. {@code gradient_penalty}. */
    String configName();

    /** Its own fields' problems, their keys under {@code path}. */
    void validate(Violations v, String path);

    /**
     * Its problems with the rest of {@code config}, whose data and networks are valid in themselves
     * (checked in the same round as every field).
     */
    default void checkWith(RunConfig config, Violations v, String path) {}

    /** Adds its term (or constraint) to a run's steps. */
    void addTo(StepTerms terms);
}
