/**
 * What a person looks at: PNG figures (sample plots with the discriminator's field, line charts)
 * and one self-contained {@code report.html} per run. Rendering is headless.
 *
 * <p>Line charts use XChart; the sample plot is drawn with Java2D because it overlays a heat map,
 * contour lines and two scatter layers, which XChart cannot combine.
 */
package io.gan4j.reports;
