/**
 * The {@code gan4j} command line (picocli): one small class per command.
 *
 * <p>Exit codes: 0 success, 1 a failure while computing, 2 a usage or configuration error (the
 * message names the option, key, file or value). Commands that compute nothing ({@code --help},
 * {@code --version}, {@code presets}, {@code validate}) never load libtorch's natives, so a typo
 * gets its answer at once.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.cli;
