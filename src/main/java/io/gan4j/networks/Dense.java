package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.linear;

import io.gan4j.regularisers.SpectralNorm;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;

/**
 * A fully connected layer y = xWᵀ + b, optionally spectrally normalised (y = x(W/σ(W))ᵀ + b).
 *
 * <p>Initial weights: by default W, b ~ U(−1/√fan_in, 1/√fan_in), libtorch's default for a linear
 * layer, drawn from the given stream (see {@link WeightInit}).
 */
public final class Dense extends Module {

    private final LinearImpl linear;
    private final SpectralNorm spectralNorm;

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
        if (spectralNorm) {
            this.spectralNorm = new SpectralNorm(out, in, init);
            register_buffer("sn_u", this.spectralNorm.u());
            register_buffer("sn_v", this.spectralNorm.v());
        } else {
            this.spectralNorm = null;
        }
    }

    /** (n, in) → (n, out). */
    public Tensor forward(Tensor x) {
        if (spectralNorm == null) {
            return linear.forward(x);
        }
        return linear(x, spectralNorm.normalise(linear.weight()), new TensorOptional(linear.bias()));
    }

    /** The raw weight W, shape (out, in). */
    public Tensor weight() {
        return linear.weight();
    }

    /** The bias b, shape (out). */
    public Tensor bias() {
        return linear.bias();
    }

    /** The spectral normalisation, or {@code null} if the layer has none. */
    public SpectralNorm spectralNorm() {
        return spectralNorm;
    }

    /** One power-iteration step, if spectrally normalised. */
    public void powerIteration() {
        if (spectralNorm != null) {
            spectralNorm.powerIteration(linear.weight());
        }
    }

    /** The weight as the layer applies it: W, or W/σ(W) with the current ũ, ṽ. */
    public Tensor effectiveWeight() {
        return spectralNorm == null ? linear.weight() : spectralNorm.normalise(linear.weight());
    }

}
