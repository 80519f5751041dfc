/**
 * Feature extractors for the image metrics: gan4j's own MNIST classifier (trained by
 * {@code gan4j classifier train}, its weights shipped in the jar) for 28×28 grey images, and the
 * TorchScript Inception-v3 of the FID literature for everything else. Each has a name, the SHA-256
 * of its weights and a one-line protocol, which every evaluation records.
 */
package io.gan4j.metrics.features;
