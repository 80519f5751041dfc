/**
 * Training: {@link io.gan4j.training.Gan} owns the two players and their steps,
 * {@link io.gan4j.training.Trainer} only orders the steps, and everything else (metrics, plots,
 * progress, the run directory) is a {@link io.gan4j.training.TrainingListener}.
 *
 * <p>Every step runs inside its own {@code PointerScope}, so the native memory of a long run
 * stays flat.
 */
package io.gan4j.training;
