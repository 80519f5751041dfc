/**
 * Sample-quality metrics for image GANs, each a small class with its formula and paper: the
 * Fréchet distance (FID), the kernel distance (KID), the Inception Score, precision and recall,
 * density and coverage, the stacked-MNIST mode count, and a categorical code's accuracy as a
 * classifier under the best one-to-one mapping (InfoGAN). They take features or class
 * probabilities as CPU tensors, shape (n, d); the feature extractors are in
 * {@code io.gan4j.metrics.features}.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.metrics.image;
