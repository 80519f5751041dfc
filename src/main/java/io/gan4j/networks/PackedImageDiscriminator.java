package io.gan4j.networks;

import org.bytedeco.pytorch.Tensor;

/**
 * A convolutional discriminator of images with PacGAN's packing (Lin et al. 2018): m consecutive
 * images are stacked along the channels and judged together, (n, C, H, W) → (n/m, m·C, H, W); the
 * subclass turns each pack into features, and one dense layer turns the features into its score.
 */
abstract class PackedImageDiscriminator extends FeatureDiscriminator {

    private final ImageShape image;
    private final int packing;
    private Dense output;

    /** @throws IllegalArgumentException if {@code packing} is below 1 */
    PackedImageDiscriminator(ImageShape image, int packing) {
        if (packing < 1) {
            throw new IllegalArgumentException("packing must be at least 1, found " + packing);
        }
        this.image = image;
        this.packing = packing;
    }

    /**
     * Registers the dense layer that scores the features; the subclass calls it once, where its initial weights
     * are drawn.
     */
    final void scoredBy(Dense output) {
        this.output = dense("out", output);
    }

    /** Packs, shape (n/m, m·C, H, W) → the features they are scored from, shape (n/m, {@link #featureSize()}). */
    abstract Tensor features(Tensor packs);

    @Override
    public final int packing() {
        return packing;
    }

    /** Images, shape (n, C, H, W) with n divisible by the packing m → scores, shape (n/m). */
    @Override
    public final Tensor forward(Tensor x) {
        return forwardWithFeatures(x).scores();
    }

    /** The score's input size. */
    @Override
    public final long featureSize() {
        return output.weight().size(1);
    }

    /** Images, shape (n, C, H, W) → scores (n/m) and the features they were scored from (n/m, featureSize). */
    @Override
    public final Scored forwardWithFeatures(Tensor x) {
        long n = x.size(0);
        if (n % packing != 0) {
            throw new IllegalArgumentException("a batch of " + n + " images cannot be split into packs of " + packing);
        }
        Tensor features =
                features(x.reshape(n / packing, (long) image.channels() * packing, image.height(), image.width()));
        return new Scored(output.forward(features).reshape(-1), features);
    }
}
