/**
 * The datasets a config can name ({@link io.gan4j.data.Datasets}): toy distributions in
 * {@code data.toy}, image datasets in {@code data.image}.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.data;
