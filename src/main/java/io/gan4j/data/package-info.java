/**
 * The datasets a config can name ({@link io.gan4j.data.Datasets}): toy distributions in
 * {@code data.toy}, image datasets in {@code data.image}.
 */
package io.gan4j.data;
