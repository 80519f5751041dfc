/**
 * Benchmarks that print figures (never timed tests): the training step of the gan4j trainer
 * against a minimal hand-written libtorch loop doing the same work in the same JVM, and the
 * process's resident memory over a long run.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.bench;
