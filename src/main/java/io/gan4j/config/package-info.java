/**
 * Run configurations: plain, typed records read from YAML (snake_case keys) or built in Java.
 *
 * <p>{@link io.gan4j.config.ConfigReader} binds YAML to {@link io.gan4j.config.RunConfig} and
 * {@link io.gan4j.config.RunConfig#violations()} checks ranges and combinations; both collect every
 * violation, each naming its key and value, before failing with a {@link io.gan4j.config.ConfigException}.
 * Unknown keys are errors that list the known ones. A config is checked once, where it enters: the
 * training code takes only a {@link io.gan4j.config.ValidConfig}, which a config becomes by passing every
 * check and having its {@code auto} values resolved.
 *
 * <p><b>Internal</b> except what {@link io.gan4j.api} exposes from it: {@link io.gan4j.config.RunConfig} with its
 * section records, for a config built in code, and {@link io.gan4j.config.ConfigException}. The rest is gan4j's
 * own and may change.
 */
package io.gan4j.config;
