package io.gan4j.networks;

import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * A fully connected generator: z → [dense → (batch norm) → activation] × depth → dense → x.
 * The output layer is linear (toy data are unbounded).
 */
public final class MlpGenerator extends GeneratorNetwork {

    private final int latentDim;
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
    public MlpGenerator(int latentDim, int dataDim, int width, int depth, Activation activation, boolean batchNorm,
                        GeneratorOptional init) {
        this.latentDim = latentDim;
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

    /** z, shape (n, latentDim) → samples, shape (n, dataDim). */
    @Override
    public Tensor forward(Tensor z) {
        return output.forward(body.forward(z));
    }
}
