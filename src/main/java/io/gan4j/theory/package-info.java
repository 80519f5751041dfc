/**
 * The theory the GAN papers teach, as numbers and pictures: each experiment computes its figures,
 * writes them into a run directory through {@link io.gan4j.theory.TheoryRun} and returns them, so
 * the command line, the tests and docs/theory.md quote the same numbers.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.theory;
