/**
 * File writing that survives a crash: whole files appear atomically or not at all; and NumPy's
 * {@code .npy} format for arrays of samples.
 */
package io.gan4j.files;
