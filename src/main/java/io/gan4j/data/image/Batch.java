package io.gan4j.data.image;

/**
 * Batch {@code index} of a run: B images as B·C·H·W floats in [−1, 1] (image after image, each
 * C×H×W row-major) and their B labels (-1 where unlabelled).
 *
 * @param index  the batch's number k, counted over the whole run
 * @param images B·C·H·W floats, byte x scaled to x/127.5 − 1
 * @param labels B labels
 */
public record Batch(long index, float[] images, int[] labels) {}
