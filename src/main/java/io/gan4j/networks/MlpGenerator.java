package io.gan4j.networks;

import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * A fully connected generator: z → [dense → (batch norm) → activation] × depth → dense → x.
 * The output layer is linear for toy data (unbounded) and tanh for images, whose pixels lie in
 * [−1, 1] (Goodfellow et al. 2014 trained such MLPs on MNIST); image samples are reshaped to
 * (C, H, W).
 */
public final class MlpGenerator extends GeneratorNetwork {

    private final int latentDim;
    private final long[] sampleShape;
    private final boolean tanh;
    private final MlpBody body;
    private final Dense output;

    /**
     * @param latentDim dimension of z
     * @param dataDim dimension of a sample
     * @param width units per hidden layer
     * @param depth number of hidden layers (≥ 1)
     * @param activation the hidden nonlinearity
     * @param batchNorm whether each hidden layer is batch-normalised before its activation
     * @param init the stream for the initial weights
     */
    public MlpGenerator(
            int latentDim,
            int dataDim,
            int width,
            int depth,
            Activation activation,
            boolean batchNorm,
            GeneratorOptional init) {
        this(latentDim, new long[] {dataDim}, false, width, depth, activation, batchNorm, init);
    }

    /** An image generator: samples of {@code image}'s shape, through tanh. */
    public MlpGenerator(
            int latentDim,
            ImageShape image,
            int width,
            int depth,
            Activation activation,
            boolean batchNorm,
            GeneratorOptional init) {
        this(
                latentDim,
                new long[] {image.channels(), image.height(), image.width()},
                true,
                width,
                depth,
                activation,
                batchNorm,
                init);
    }

    private MlpGenerator(
            int latentDim,
            long[] sampleShape,
            boolean tanh,
            int width,
            int depth,
            Activation activation,
            boolean batchNorm,
            GeneratorOptional init) {
        this.latentDim = latentDim;
        this.sampleShape = sampleShape.clone();
        this.tanh = tanh;
        long dataDim = 1;
        for (long d : sampleShape) {
            dataDim *= d;
        }
        this.body = register_module("body", new MlpBody(latentDim, width, depth, activation, batchNorm, false, init));
        this.output = dense("out", new Dense(body.outputWidth(), dataDim, false, init));
    }

    @Override
    public int latentDim() {
        return latentDim;
    }

    @Override
    public java.util.List<Dense> denseLayers() {
        return Layers.concat(body.denseLayers(), super.denseLayers());
    }

    /** z, shape (n, latentDim) → samples, shape (n, dataDim) or, for images, (n, C, H, W). */
    @Override
    public Tensor forward(Tensor z) {
        Tensor x = output.forward(body.forward(z));
        if (!tanh) {
            return x;
        }
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = z.size(0);
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        return x.tanh().reshape(shape);
    }
}
