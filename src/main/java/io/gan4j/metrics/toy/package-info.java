/**
 * Metrics for GANs trained on the two-dimensional toy distributions of
 * {@link io.gan4j.data.toy}.
 *
 * <ul>
 *   <li>{@link io.gan4j.metrics.toy.ModeCoverage}: the mode-collapse protocol of VEEGAN and
 *       PacGAN: modes captured, fraction of high-quality samples and the reverse KL divergence
 *       of the mode histogram from uniform, reported as a
 *       {@link io.gan4j.metrics.toy.ModeReport}.</li>
 *   <li>{@link io.gan4j.metrics.toy.Wasserstein1}: the exact 1-Wasserstein distance between two
 *       equal-size point sets, by optimal assignment
 *       ({@link io.gan4j.metrics.toy.LinearAssignment}).</li>
 * </ul>
 *
 * <p>All metrics are pure Java on {@code double[][]} point sets (one point per row) and need no
 * native libraries.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.metrics.toy;
