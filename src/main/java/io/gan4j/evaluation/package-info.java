/**
 * Evaluating generators and datasets: features of real images (cached on disk) and of samples,
 * the metrics of {@code io.gan4j.metrics.image} on them, and {@code eval.json} with the protocol
 * (extractor and its SHA-256, sample counts, the real split).
 */
package io.gan4j.evaluation;
