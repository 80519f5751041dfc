package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.bmm;
import static org.bytedeco.pytorch.global.torch.softmax;
import static org.bytedeco.pytorch.global.torch.zeros;

import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * SAGAN's self-attention block (Zhang, Goodfellow, Metaxas and Odena 2019, "Self-Attention
 * Generative Adversarial Networks", section 3): for feature maps x with C channels at N = H·W
 * positions, 1×1 convolutions f, g (C → C/8) and h (C → C) give
 * β_{j,i} = softmax_i(f(xᵢ)ᵀ g(xⱼ)), oⱼ = Σᵢ β_{j,i} h(xᵢ), and the block returns y = γ·o + x,
 * γ a learned scalar initialised to 0 (so the block starts as the identity and the network learns
 * to lean on distant positions). β's row j is where position j looks; it sums to 1. The paper's
 * code adds a fourth 1×1 convolution v after h (and halves h's channels); the paper's equations,
 * which this follows, have none. The convolutions are spectrally normalised when asked (SAGAN: in
 * G and D). Needs C ≥ 8.
 */
public final class SelfAttention extends Module {

    private final Conv f;
    private final Conv g;
    private final Conv h;
    private final Tensor gamma;
    private boolean recordNext;
    private float[] recorded;
    private long recordedSide;

    public SelfAttention(long channels, boolean spectralNorm, WeightInit weightInit, GeneratorOptional init) {
        if (channels < 8) {
            throw new IllegalArgumentException(
                    "self-attention needs at least 8 channels (f and g have C/8), found " + channels);
        }
        f = register_module("f", Conv.conv(channels, channels / 8, 1, 1, 0, spectralNorm, weightInit, init));
        g = register_module("g", Conv.conv(channels, channels / 8, 1, 1, 0, spectralNorm, weightInit, init));
        h = register_module("h", Conv.conv(channels, channels, 1, 1, 0, spectralNorm, weightInit, init));
        gamma = new Tensor(register_parameter("gamma", zeros(1)));
    }

    /** f, g and h, for the network's power iteration. */
    public List<Conv> convs() {
        return List.of(f, g, h);
    }

    /** γ (a one-element tensor). */
    public Tensor gamma() {
        return gamma;
    }

    /** β: (n, N, N), row j the weights position j gives to every position i (rows sum to 1). */
    public Tensor attention(Tensor x) {
        long n = x.size(0);
        Tensor query = g.forward(x).reshape(n, -1, x.size(2) * x.size(3)); // (n, C/8, N): column j is g(xⱼ)
        Tensor key = f.forward(x).reshape(n, -1, x.size(2) * x.size(3)); // (n, C/8, N): column i is f(xᵢ)
        return softmax(bmm(query.transpose(1, 2), key), 2); // s_{j,i} = g(xⱼ)ᵀ f(xᵢ), softmax over i
    }

    /** The next forward pass keeps a copy of its β ({@link #recorded}), for pictures. */
    public void recordNext() {
        recordNext = true;
        recorded = null;
    }

    /** β of the forward pass after {@link #recordNext}, (n, N, N) row-major, or {@code null}. */
    public float[] recorded() {
        return recorded;
    }

    /** The side of the feature maps β was recorded on (N = side²). */
    public long recordedSide() {
        return recordedSide;
    }

    /** (n, C, H, W) → (n, C, H, W): γ·o + x. */
    public Tensor forward(Tensor x) {
        long n = x.size(0);
        Tensor beta = attention(x);
        if (recordNext) {
            recordNext = false;
            recorded = io.gan4j.torch.Tensors.toFloats(io.gan4j.torch.Devices.toCpu(beta));
            recordedSide = x.size(2);
        }
        Tensor value = h.forward(x).reshape(n, x.size(1), -1); // (n, C, N): column i is h(xᵢ)
        Tensor o =
                bmm(value, beta.transpose(1, 2)).reshape(n, x.size(1), x.size(2), x.size(3)); // oⱼ = Σᵢ β_{j,i} h(xᵢ)
        return o.mul(gamma).add(x);
    }
}
