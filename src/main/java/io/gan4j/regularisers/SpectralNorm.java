package io.gan4j.regularisers;

import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * Spectral normalisation of one weight (Miyato et al., 2018, "Spectral Normalization for
 * Generative Adversarial Networks", Algorithm 1): W_SN = W / σ(W), with σ(W) the largest singular
 * value of W reshaped to a matrix of (output units) rows, estimated by power iteration:
 * ṽ ← Wᵀũ / ‖Wᵀũ‖, ũ ← Wṽ / ‖Wṽ‖, σ ≈ ũᵀWṽ.
 *
 * <p>As in the paper, one power-iteration step is made per update ({@link #powerIteration}, which
 * the trainer calls once at the start of each of the network's steps), ũ persists across updates,
 * and σ is differentiated through W only: ũ and ṽ are constants to autograd.
 *
 * <p>A convolution's weight (out, in, k, k) is the matrix (out, in·k·k); a transposed
 * convolution's weight is stored (in, out, k, k), so its output dimension is the second and the
 * matrix is (out, in·k·k) after swapping the first two dimensions ({@link #forTransposed}), as
 * PyTorch's {@code spectral_norm(dim=1)} does for {@code ConvTranspose2d}.
 *
 * <p>ũ and ṽ are tensors owned by this object and updated in place; create it outside any
 * per-step {@code PointerScope}.
 */
public final class SpectralNorm {

    private static final double EPS = 1e-12;

    private final long rows;
    private final boolean outputDimSecond;
    private final Tensor u;
    private final Tensor v;

    /**
     * @param rows output units of the weight (its first dimension)
     * @param cols the product of its other dimensions
     * @param init the stream for ũ's and ṽ's initial directions, drawn from N(0, I) and normalised
     */
    public SpectralNorm(long rows, long cols, GeneratorOptional init) {
        this(rows, cols, false, init);
    }

    private SpectralNorm(long rows, long cols, boolean outputDimSecond, GeneratorOptional init) {
        this.rows = rows;
        this.outputDimSecond = outputDimSecond;
        try (NoGradGuard guard = new NoGradGuard()) {
            this.u = normalised(randn(new long[] {rows}, init));
            this.v = normalised(randn(new long[] {cols}, init));
        }
    }

    /**
     * For a weight whose output dimension is the second, as a transposed convolution's (in, out, k, k).
     *
     * @param rows output units (the weight's second dimension)
     * @param cols the product of its other dimensions
     */
    public static SpectralNorm forTransposed(long rows, long cols, GeneratorOptional init) {
        return new SpectralNorm(rows, cols, true, init);
    }

    /** One power-iteration step on {@code weight}, updating ũ and ṽ in place. */
    public void powerIteration(Tensor weight) {
        try (NoGradGuard guard = new NoGradGuard()) {
            Tensor w = matrix(weight).detach();
            v.copy_(normalised(w.t().mv(u)));
            u.copy_(normalised(w.mv(v)));
        }
    }

    /** σ(W) ≈ ũᵀWṽ, differentiable in W (a scalar). */
    public Tensor sigma(Tensor weight) {
        return u.dot(matrix(weight).mv(v));
    }

    /** W / σ(W), differentiable in W. */
    public Tensor normalise(Tensor weight) {
        return weight.div(sigma(weight));
    }

    /** The persistent left singular vector estimate ũ, shape (rows). */
    public Tensor u() {
        return u;
    }

    /** The right singular vector estimate ṽ, shape (cols). */
    public Tensor v() {
        return v;
    }

    private Tensor matrix(Tensor weight) {
        return (outputDimSecond ? weight.transpose(0, 1) : weight).reshape(rows, -1);
    }

    private static Tensor normalised(Tensor x) {
        return x.div(x.norm().clamp_min(Tensors.scalar(EPS)));
    }
}
