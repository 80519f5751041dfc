package io.gan4j.metrics.features;

import org.bytedeco.pytorch.Tensor;

/**
 * Turns images into the feature vectors (and class probabilities) the metrics compare. Features
 * are computed in evaluation mode, without autograd, in batches the caller chooses.
 */
public interface FeatureExtractor {

    /** The extractor's name, e.g. {@code mnist-cnn} or {@code inception-v3-2015-12-05}. */
    String name();

    /** The SHA-256 (hex) of the weights, recorded with every score and in cache keys. */
    String sha256();

    /** The features' dimension d. */
    int dimension();

    /**
     * Whether the extractor was made for images of {@code dataset}: a classifier fits the dataset it
     * was trained on; Inception, the FID literature's extractor for natural images, fits all but
     * the grey digit and clothes sets that gan4j ships classifiers of.
     */
    boolean fits(String dataset);

    /** What it was trained on, for messages: a dataset's name, or e.g. {@code ImageNet}. */
    String domain();

    /** How images are prepared (resizing, value range), in one line for {@code eval.json}. */
    String protocol();

    /**
     * The features and class probabilities of a batch of images.
     *
     * @param images (n, C, H, W) in [−1, 1], on the CPU
     */
    Outputs extract(Tensor images);

    /**
     * One batch's outputs, on the CPU.
     *
     * @param features (n, d)
     * @param probabilities (n, K) softmax outputs, or {@code null} when the extractor has no classifier
     */
    record Outputs(Tensor features, Tensor probabilities) {}
}
