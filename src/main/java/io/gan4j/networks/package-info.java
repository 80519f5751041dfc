/**
 * The networks: generators and discriminators/critics, as libtorch modules.
 *
 * <p>Every network's {@code forward} documents its shapes. Initial weights come from the run's
 * {@code init} random stream, never from libtorch's global generator, so a seed fixes them.
 */
package io.gan4j.networks;
