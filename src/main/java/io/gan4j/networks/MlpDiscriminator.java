package io.gan4j.networks;

import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * A fully connected discriminator or critic: x → [dense → (batch norm) → activation] × depth →
 * dense → one score, with no sigmoid (objectives take logits or critic values).
 *
 * <p>With packing m &gt; 1 (PacGAN: Lin et al., 2018, "PacGAN: The power of two samples in
 * generative adversarial networks") the network sees m samples concatenated and gives one score
 * for the pack: a batch of n samples becomes n/m packs of consecutive samples.
 */
public final class MlpDiscriminator extends FeatureDiscriminator {

    private final int dataDim;
    private final int packing;
    private final MlpBody body;
    private final Dense output;

    /**
     * @param dataDim dimension of a sample
     * @param packing samples per pack m (1: no packing)
     * @param width units per hidden layer
     * @param depth number of hidden layers (≥ 1)
     * @param activation the hidden nonlinearity
     * @param batchNorm whether each hidden layer is batch-normalised before its activation
     * @param spectralNorm whether every dense layer is spectrally normalised
     * @param init the stream for the initial weights
     */
    public MlpDiscriminator(
            int dataDim,
            int packing,
            int width,
            int depth,
            Activation activation,
            boolean batchNorm,
            boolean spectralNorm,
            GeneratorOptional init) {
        if (packing < 1) {
            throw new IllegalArgumentException("packing must be at least 1, found " + packing);
        }
        this.dataDim = dataDim;
        this.packing = packing;
        this.body = register_module(
                "body", new MlpBody((long) dataDim * packing, width, depth, activation, batchNorm, spectralNorm, init));
        this.output = dense("out", new Dense(body.outputWidth(), 1, spectralNorm, init));
    }

    @Override
    public int packing() {
        return packing;
    }

    /** Whether any hidden layer is batch-normalised. */
    @Override
    public boolean hasBatchNorm() {
        return body.hasBatchNorm();
    }

    @Override
    public java.util.List<Dense> denseLayers() {
        return Layers.concat(body.denseLayers(), super.denseLayers());
    }

    /** Samples, shape (n, dataDim) with n divisible by the packing m → scores, shape (n/m). */
    @Override
    public Tensor forward(Tensor x) {
        return forwardWithFeatures(x).scores();
    }

    /** The last hidden layer's width. */
    @Override
    public long featureSize() {
        return body.outputWidth();
    }

    /** Samples, shape (n, dataDim) → scores (n/m) and the last hidden layer's activations (n/m, width). */
    @Override
    public Scored forwardWithFeatures(Tensor x) {
        if (x.size(0) % packing != 0) {
            throw new IllegalArgumentException(
                    "a batch of " + x.size(0) + " samples cannot be split into packs of " + packing);
        }
        Tensor h = body.forward(x.reshape(x.size(0) / packing, (long) dataDim * packing));
        return new Scored(output.forward(h).reshape(-1), h);
    }
}
