package io.gan4j.networks;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.BatchNorm1dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * The hidden part of a fully connected network: [dense → (batch norm) → activation] × depth.
 * Registered by {@link MlpGenerator} and {@link MlpDiscriminator}, which add their own output layer.
 */
final class MlpBody extends Network {

    private final Activation activation;
    private final List<Dense> layers = new ArrayList<>();
    private final List<BatchNorm1dImpl> norms = new ArrayList<>();
    private final long outputWidth;

    MlpBody(
            long in,
            int width,
            int depth,
            Activation activation,
            boolean batchNorm,
            boolean spectralNorm,
            GeneratorOptional init) {
        if (depth < 1 || width < 1) {
            throw new IllegalArgumentException(
                    "an MLP needs depth ≥ 1 and width ≥ 1, found depth " + depth + ", width " + width);
        }
        this.activation = activation;
        for (int i = 0; i < depth; i++) {
            layers.add(dense("fc" + i, new Dense(in, width, spectralNorm, init)));
            if (batchNorm) {
                norms.add(register_module("bn" + i, new BatchNorm1dImpl(new BatchNormOptions(width))));
            }
            in = width;
        }
        this.outputWidth = in;
    }

    long outputWidth() {
        return outputWidth;
    }

    boolean hasBatchNorm() {
        return !norms.isEmpty();
    }

    /** (n, in) → (n, width). */
    Tensor forward(Tensor h) {
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(h);
            if (!norms.isEmpty()) {
                h = norms.get(i).forward(h);
            }
            h = activation.apply(h);
        }
        return h;
    }
}
