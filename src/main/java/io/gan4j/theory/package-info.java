/**
 * The theory the GAN papers teach, as numbers and pictures: each experiment computes its figures,
 * writes them into a run directory through {@link io.gan4j.theory.TheoryRun} and returns them, so
 * the command line, the tests and docs/theory.md quote the same numbers.
 */
package io.gan4j.theory;
