/**
 * Training: {@link io.gan4j.training.Gan} owns the two players and their steps,
 * {@link io.gan4j.training.Trainer} only orders the steps, and everything else (evaluation, the
 * generator's moving average, metrics, checkpoints, progress, and the pictures of
 * {@link io.gan4j.reports}) is a {@link io.gan4j.training.TrainingListener}. The terms the steps sum
 * are in {@link io.gan4j.step}. {@link io.gan4j.training.TrainingRun} assembles a run
 * over toy points or images ({@code RunData}); {@link io.gan4j.training.Checkpoint} and
 * {@link io.gan4j.training.Resume} make it survive a stop exactly.
 *
 * <p>Every step runs inside its own {@code PointerScope}, so the native memory of a long run
 * stays flat.
 *
 * <p><b>Internal</b> except what {@link io.gan4j.api} exposes from it: {@link io.gan4j.training.TrainingSummary},
 * what a training returns. The rest is gan4j's own and may change.
 */
package io.gan4j.training;
