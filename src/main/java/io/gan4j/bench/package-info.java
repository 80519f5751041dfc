/**
 * Benchmarks that print figures (never timed tests): the training step of the gan4j trainer
 * against a minimal hand-written libtorch loop doing the same work in the same JVM, and the
 * process's resident memory over a long run.
 */
package io.gan4j.bench;
