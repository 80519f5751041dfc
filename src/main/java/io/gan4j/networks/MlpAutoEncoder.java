package io.gan4j.networks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * EBGAN's auto-encoder discriminator for points (toy data), fully connected: the encoder is
 * x → [dense → (batch norm) → activation] × depth → dense → code (linear), the decoder
 * code → [dense → (batch norm) → activation] × depth → dense → x̂ (linear); energy = mean((x̂ − x)²)
 * (see {@link AutoEncoderDiscriminator}). 2-D points with width 64, depth 3, code 64:
 * 2 → 64 → 64 → 64 → 64 (code) → 64 → 64 → 64 → 2. Initial weights as libtorch's linear layers.
 */
public final class MlpAutoEncoder extends AutoEncoderDiscriminator {

    private final int dataDim;
    private final int codeSize;
    private final MlpBody encoder;
    private final Dense code;
    private final MlpBody decoder;
    private final Dense output;

    /**
     * @param dataDim dimension of a sample
     * @param width units per hidden layer, in the encoder and in the decoder
     * @param depth hidden layers of each (≥ 1)
     * @param codeSize units of the code
     * @param batchNorm whether each hidden layer is batch-normalised before its activation
     * @param spectralNorm whether every dense layer is spectrally normalised
     */
    public MlpAutoEncoder(
            int dataDim,
            int width,
            int depth,
            int codeSize,
            Activation activation,
            boolean batchNorm,
            boolean spectralNorm,
            GeneratorOptional init) {
        if (codeSize < 1) {
            throw new IllegalArgumentException("an auto-encoder needs a code of at least 1 unit, found " + codeSize);
        }
        this.dataDim = dataDim;
        this.codeSize = codeSize;
        this.encoder = register_module(
                "encoder", new MlpBody(dataDim, width, depth, activation, batchNorm, spectralNorm, init));
        this.code = dense("code", new Dense(encoder.outputWidth(), codeSize, spectralNorm, init));
        this.decoder = register_module(
                "decoder", new MlpBody(codeSize, width, depth, activation, batchNorm, spectralNorm, init));
        this.output = dense("out", new Dense(decoder.outputWidth(), dataDim, spectralNorm, init));
    }

    @Override
    public int codeSize() {
        return codeSize;
    }

    @Override
    public boolean hasBatchNorm() {
        return encoder.hasBatchNorm();
    }

    /** Encoder's hidden layers, the code layer, decoder's hidden layers, the output layer. */
    @Override
    public List<Dense> denseLayers() {
        List<Dense> all = new ArrayList<>(encoder.denseLayers());
        all.add(code);
        all.addAll(decoder.denseLayers());
        all.add(output);
        return Collections.unmodifiableList(all);
    }

    /** Samples, shape (n, dataDim) (or any (n, …) of dataDim values) → codes, shape (n, codeSize). */
    @Override
    public Tensor encode(Tensor x) {
        return code.forward(encoder.forward(x.reshape(x.size(0), dataDim)));
    }

    /** Codes, shape (n, codeSize) → reconstructions, shape (n, dataDim). */
    @Override
    public Tensor decode(Tensor codes) {
        return output.forward(decoder.forward(codes));
    }
}
