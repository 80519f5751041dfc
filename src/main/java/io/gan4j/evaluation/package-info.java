/**
 * Evaluating generators and datasets: features of real images (cached on disk) and of samples,
 * the metrics of {@code io.gan4j.metrics.image} on them, and {@code eval.json} with the protocol
 * (extractor and its SHA-256, sample counts, the real split).
 *
 * <p><b>Internal</b> except what {@link io.gan4j.api} exposes from it: {@link
 * io.gan4j.evaluation.EvaluationResult}, what an evaluation returns. The rest is gan4j's own and may change.
 */
package io.gan4j.evaluation;
