package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.linear;

import io.gan4j.regularisers.SpectralNorm;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;

/**
 * A fully connected layer y = xWᵀ + b, optionally spectrally normalised (y = x(W/σ(W))ᵀ + b);
 * the raw {@link #weight()} W has shape (out, in).
 *
 * <p>Initial weights: by default W, b ~ U(−1/√fan_in, 1/√fan_in), libtorch's default for a linear
 * layer, drawn from the given stream (see {@link WeightInit}).
 */
public final class Dense extends WeightLayer {

    private final LinearImpl linear;

    /**
     * @param in input features
     * @param out output features
     * @param spectralNorm whether to normalise W by its largest singular value
     * @param init the stream for the initial weights (and ũ, ṽ)
     */
    public Dense(long in, long out, boolean spectralNorm, GeneratorOptional init) {
        this(in, out, spectralNorm, WeightInit.UNIFORM_FAN_IN, init);
    }

    /** As {@link #Dense(long, long, boolean, GeneratorOptional)}, with the given initialisation. */
    public Dense(long in, long out, boolean spectralNorm, WeightInit weightInit, GeneratorOptional init) {
        this.linear = register_module("linear", new LinearImpl(in, out));
        weightInit.apply(linear.weight(), linear.bias(), in, init);
        weight(linear.weight(), spectralNorm ? new SpectralNorm(out, in, init) : null);
    }

    /** (n, in) → (n, out). */
    public Tensor forward(Tensor x) {
        if (spectralNorm() == null) {
            return linear.forward(x);
        }
        return linear(x, effectiveWeight(), new TensorOptional(linear.bias()));
    }

    /** The bias b, shape (out). */
    public Tensor bias() {
        return linear.bias();
    }
}
