/**
 * Feature extractors for the image metrics: gan4j's own MNIST classifier (trained by
 * {@code gan4j classifier train}, its weights shipped in the jar) for 28×28 grey images, and the
 * TorchScript Inception-v3 of the FID literature for everything else. Each has a name, the SHA-256
 * of its weights and a one-line protocol, which every evaluation records.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.metrics.features;
