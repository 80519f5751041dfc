/**
 * What keeps a discriminator or critic in check: {@link io.gan4j.regularisers.WeightClipping}
 * (WGAN), the {@link io.gan4j.regularisers.GradientPenalty} (WGAN-GP) and
 * {@link io.gan4j.regularisers.SpectralNorm spectral normalisation} (SNGAN); and the one on the
 * generator, EBGAN's {@link io.gan4j.regularisers.PullingAway pulling-away term}, added to its loss
 * on the auto-encoder discriminator's codes of its samples; and InfoGAN's
 * {@link io.gan4j.regularisers.MutualInformation mutual-information bound}, subtracted from both
 * players' losses.
 *
 * <p>A {@link io.gan4j.regularisers.Penalty} adds a term to the discriminator's loss; a
 * {@link io.gan4j.step.Constraint} changes its parameters after each optimiser step;
 * spectral normalisation re-parametrises a layer's weight and lives in the layers that use it.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.regularisers;
