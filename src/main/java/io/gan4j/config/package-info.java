/**
 * Run configurations: plain, typed records read from YAML (snake_case keys) or built in Java.
 *
 * <p>{@link io.gan4j.config.ConfigReader} binds YAML to {@link io.gan4j.config.RunConfig} and
 * {@link io.gan4j.config.RunConfig#validate()} checks ranges and combinations; both collect every
 * violation, each naming its key and value, before failing with a {@link io.gan4j.config.ConfigException}.
 * The same {@code validate()} guards the Java API. Unknown keys are errors that list the known ones.
 */
package io.gan4j.config;
