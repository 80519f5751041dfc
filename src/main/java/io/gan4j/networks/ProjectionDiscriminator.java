package io.gan4j.networks;

import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * The projection discriminator (Miyato and Koyama 2018, "cGANs with Projection Discriminator",
 * eq. 3): D(x, y) = ψ(φ(x)) + yᵀVφ(x), y the one-hot of the class. A trunk gives the features φ(x)
 * and the unconditional score ψ(φ(x)) (its last dense layer); the {@link ClassEmbedding} V adds the
 * inner product of class y's row with the same features. φ(x) is what the trunk's last dense
 * layer reads ({@link FeatureDiscriminator#forwardWithFeatures}): the DCGAN discriminator's
 * flattened last feature maps (or its dense hidden layer), the SNGAN one's flattened last maps.
 * V is spectrally normalised when the trunk is, as in the authors' code. No packing: each image
 * is scored with its own class.
 */
public final class ProjectionDiscriminator extends TrunkDiscriminator {

    private final ClassEmbedding embedding;
    private final int classes;

    /**
     * @param trunk a discriminator without packing
     * @param classes K ≥ 2
     * @param spectralNorm whether V is spectrally normalised (the trunk's setting)
     */
    public ProjectionDiscriminator(
            FeatureDiscriminator trunk, int classes, boolean spectralNorm, GeneratorOptional init) {
        super(trunk, "the projection");
        if (classes < 2) {
            throw new IllegalArgumentException(
                    "a class-conditional discriminator needs at least 2 classes, found " + classes);
        }
        this.embedding =
                register_module("embedding", new ClassEmbedding(classes, trunk.featureSize(), spectralNorm, init));
        this.classes = classes;
    }

    /** V. */
    public ClassEmbedding embedding() {
        return embedding;
    }

    @Override
    public int classes() {
        return classes;
    }

    /** The trunk's layers, then V. */
    @Override
    public void powerIteration() {
        super.powerIteration();
        embedding.powerIteration();
    }

    @Override
    public boolean hasSpectralNorm() {
        return super.hasSpectralNorm() || embedding.spectralNorm() != null;
    }

    /** Refused: a projection discriminator scores an image with its class ({@link #forward(Tensor, Tensor)}). */
    @Override
    public Tensor forward(Tensor x) {
        throw new UnsupportedOperationException(
                "the projection discriminator scores an image with its class: " + "call forward(x, labels)");
    }

    /** Images, shape (n, C, H, W), and their classes, shape (n), int64 → scores ψ(φ(x)) + yᵀVφ(x), shape (n). */
    @Override
    public Tensor forward(Tensor x, Tensor labels) {
        Scored s = trunk().forwardWithFeatures(x);
        return s.scores().add(projection(s.features(), labels));
    }

    /** The projection term yᵀVφ: features φ, shape (n, featureSize), and classes, shape (n) → shape (n). */
    public Tensor projection(Tensor features, Tensor labels) {
        return embedding
                .forward(labels)
                .mul(features)
                .sum(new long[] {1}, false, new org.bytedeco.pytorch.ScalarTypeOptional());
    }
}
