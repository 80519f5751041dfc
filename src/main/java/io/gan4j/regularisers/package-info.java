/**
 * What keeps a discriminator or critic in check: {@link io.gan4j.regularisers.WeightClipping}
 * (WGAN), the {@link io.gan4j.regularisers.GradientPenalty} (WGAN-GP) and
 * {@link io.gan4j.regularisers.SpectralNorm spectral normalisation} (SNGAN).
 *
 * <p>A {@link io.gan4j.regularisers.Penalty} adds a term to the discriminator's loss; a
 * {@link io.gan4j.regularisers.Constraint} changes its parameters after each optimiser step;
 * spectral normalisation re-parametrises a layer's weight and lives in the layers that use it.
 */
package io.gan4j.regularisers;
