package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.conv_transpose2d;
import static org.bytedeco.pytorch.global.torch.empty;

import io.gan4j.regularisers.SpectralNorm;
import io.gan4j.torch.CheckedConvolution;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;

/**
 * A 2-D convolution, or a transposed ("fractionally strided") one, with a square kernel,
 * optionally spectrally normalised (the weight divided by the largest singular value of its
 * (out, in·k·k) matrix).
 *
 * <p>Output size: (s − k + 2p)/stride + 1 for a convolution, (s − 1)·stride − 2p + k for a
 * transposed one; so 3×3 stride 1 padding 1 keeps the size, 4×4 stride 2 padding 1 halves it
 * (convolution) or doubles it (transposed). The raw {@link #weight()} is (out, in, k, k), or
 * (in, out, k, k) when transposed.
 */
public final class Conv extends WeightLayer {

    private final boolean transposed;
    private final long stride;
    private final long padding;
    private final Tensor bias;

    private Conv(
            boolean transposed,
            long in,
            long out,
            long kernel,
            long stride,
            long padding,
            boolean spectralNorm,
            WeightInit weightInit,
            GeneratorOptional init) {
        this.transposed = transposed;
        this.stride = stride;
        this.padding = padding;
        long[] shape = transposed ? new long[] {in, out, kernel, kernel} : new long[] {out, in, kernel, kernel};
        // register_parameter returns a reference into the module's table, which moves as it grows:
        // keep handles of our own (they share the tensors' storage)
        Tensor weight = new Tensor(register_parameter("weight", empty(shape)));
        this.bias = new Tensor(register_parameter("bias", empty(out)));
        long fanIn = (transposed ? out : in) * kernel * kernel;
        weightInit.apply(weight, bias, fanIn, init);
        long cols = in * kernel * kernel;
        weight(
                weight,
                !spectralNorm
                        ? null
                        : transposed ? SpectralNorm.forTransposed(out, cols, init) : new SpectralNorm(out, cols, init));
    }

    /** A convolution from {@code in} to {@code out} channels. */
    public static Conv conv(
            long in,
            long out,
            long kernel,
            long stride,
            long padding,
            boolean spectralNorm,
            WeightInit weightInit,
            GeneratorOptional init) {
        return new Conv(false, in, out, kernel, stride, padding, spectralNorm, weightInit, init);
    }

    /** A transposed convolution from {@code in} to {@code out} channels. */
    public static Conv transposed(
            long in,
            long out,
            long kernel,
            long stride,
            long padding,
            boolean spectralNorm,
            WeightInit weightInit,
            GeneratorOptional init) {
        return new Conv(true, in, out, kernel, stride, padding, spectralNorm, weightInit, init);
    }

    /** (n, in, h, w) → (n, out, h', w'). */
    public Tensor forward(Tensor x) {
        Tensor w = effectiveWeight();
        long[] s = {stride, stride};
        long[] p = {padding, padding};
        long[] one = {1, 1};
        if (transposed) {
            return conv_transpose2d(x, w, new TensorOptional(bias), s, p, new long[] {0, 0}, 1, one);
        }
        return CheckedConvolution.conv2d(x, w, bias, s, p);
    }

    public Tensor bias() {
        return bias;
    }

    public boolean isTransposed() {
        return transposed;
    }
}
