/**
 * What a person looks at: PNG figures (sample plots with the discriminator's field, line charts),
 * the pictures drawn during training (sample grids, snapshots, InfoGAN's traversals, attention
 * maps, EBGAN's reconstructions, each a {@link io.gan4j.training.TrainingListener}) and one
 * self-contained {@code report.html} per run. Rendering is headless.
 *
 * <p>Line charts use XChart; the sample plot is drawn with Java2D because it overlays a heat map,
 * contour lines and two scatter layers, which XChart cannot combine.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.reports;
