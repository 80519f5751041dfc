/**
 * gan4j: generative adversarial networks on the JVM, trained on PyTorch's libtorch.
 *
 * <p>The packages follow the nouns of the GAN literature:
 * {@link io.gan4j.objectives objectives} (the adversarial losses),
 * {@link io.gan4j.regularisers regularisers} (weight clipping, gradient penalty, spectral norm),
 * {@link io.gan4j.networks networks}, {@link io.gan4j.data.toy data},
 * {@link io.gan4j.training training}, {@link io.gan4j.metrics.toy metrics},
 * {@link io.gan4j.reports reports}, {@link io.gan4j.config config} and the
 * {@link io.gan4j.cli command line}. {@link io.gan4j.torch} holds the thin layer over libtorch.
 *
 * <p><b>Internal</b> except what {@link io.gan4j.api} exposes from it: {@link io.gan4j.UserFault} and its
 * subclasses, the exceptions of a caller's mistake. The rest is gan4j's own and may change.
 */
package io.gan4j;
