/**
 * File writing that survives a crash: whole files appear atomically or not at all; and NumPy's
 * {@code .npy} format for arrays of samples.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.files;
