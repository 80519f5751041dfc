/**
 * The networks: generators and discriminators/critics, as libtorch modules; among the
 * discriminators, EBGAN's auto-encoders ({@link io.gan4j.networks.AutoEncoderDiscriminator}), whose
 * score is an energy and which also give their codes, and InfoGAN's
 * ({@link io.gan4j.networks.InfoganDiscriminator}), a trunk with the recognition head Q on its
 * features, and the projection discriminator of a class-conditional run
 * ({@link io.gan4j.networks.ProjectionDiscriminator}), a trunk whose features are also projected on
 * the class's embedding. The generator's input is a {@link io.gan4j.networks.Latent}: z from a
 * prior, InfoGAN's noise and codes ({@link io.gan4j.networks.InfoganLatent}), or z and a one-hot
 * class ({@link io.gan4j.networks.ConditionalLatent}), which the DCGAN and SNGAN generators read in
 * their class-conditional batch norms ({@link io.gan4j.networks.ConditionalBatchNorm}).
 *
 * <p>Every network's {@code forward} documents its shapes. Initial weights come from the run's
 * {@code init} random stream, never from libtorch's global generator, so a seed fixes them.
 *
 * <p><b>Internal</b> except what {@link io.gan4j.api} exposes from it: {@link io.gan4j.networks.ImageShape}. The
 * rest is gan4j's own and may change.
 */
package io.gan4j.networks;
