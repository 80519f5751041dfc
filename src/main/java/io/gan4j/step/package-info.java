/**
 * The parts of a training step: the terms each player's loss sums (the objective's loss and any
 * regulariser, each reading one step context and named for the log), and what a step needs from
 * beyond its process (a {@link io.gan4j.step.GradientSynchroniser}, a {@link io.gan4j.step.StopPolicy}),
 * no-ops in one process.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.step;
