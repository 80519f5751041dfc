package io.gan4j.networks;

import org.bytedeco.pytorch.BatchNorm1dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * InfoGAN's recognition head Q on the discriminator's features (Chen et al. 2016, Table 1, MNIST:
 * "FC.128-batchnorm-lRELU-FC.output for Q"): dense → batch norm → activation → dense to the
 * parameters of Q(c | x), raw (logits, means, log-variances; {@code MutualInformation} reads them).
 * Weights ~ N(0, 0.02²), as the discriminator's.
 */
public final class QHead extends Network {

    private final Dense hidden;
    private final BatchNorm1dImpl norm;
    private final Dense output;
    private final Activation activation;

    /**
     * @param features the size of the discriminator's features
     * @param width units of the hidden layer (the paper: 128)
     * @param outputs the number of parameters of Q(c | x)
     */
    public QHead(long features, int width, int outputs, Activation activation, GeneratorOptional init) {
        if (features < 1 || width < 1 || outputs < 1) {
            throw new IllegalArgumentException(
                    "Q needs features, width and outputs ≥ 1, found " + features + ", " + width + ", " + outputs);
        }
        this.activation = activation;
        this.hidden = dense("fc", new Dense(features, width, false, WeightInit.NORMAL_002, init));
        this.norm = register_module("bn", new BatchNorm1dImpl(new BatchNormOptions(width)));
        this.output = dense("out", new Dense(width, outputs, false, WeightInit.NORMAL_002, init));
    }

    /** Features, shape (n, features) → Q's parameters, shape (n, outputs). */
    public Tensor forward(Tensor features) {
        return output.forward(activation.apply(norm.forward(hidden.forward(features))));
    }

    /** The number of parameters of Q(c | x) per sample. */
    public long outputs() {
        return output.weight().size(0);
    }
}
