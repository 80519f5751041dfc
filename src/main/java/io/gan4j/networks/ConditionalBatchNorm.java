package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.ones;
import static org.bytedeco.pytorch.global.torch.zeros;

import org.bytedeco.pytorch.BatchNorm1dImpl;
import org.bytedeco.pytorch.BatchNorm2dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * Class-conditional batch normalisation (de Vries et al. 2017; Dumoulin et al. 2017; the generator
 * of Miyato and Koyama 2018, "cGANs with Projection Discriminator", and of SAGAN):
 * BN(x | y) = γ_y·(x − μ)/√(σ² + ε) + β_y. Batch norm without its own affine parameters
 * normalises each channel (μ, σ² of the batch when training, the running statistics in evaluation;
 * momentum 0.1, ε = 1e-5, as {@link Norm#BATCH}), then class y scales and shifts it by row y of
 * two tables Γ, B (classes × channels). Γ starts at 1 and B at 0, as the authors'
 * {@code CategoricalConditionalBatchNormalization}, so at initialisation the layer is plain
 * batch norm without affine parameters.
 *
 * <p>The class comes one-hot, y ∈ {0, 1}^K (or as any class weights): γ = yΓ and β = yB, which for
 * a one-hot y are exactly the rows of its class, and which blend the rows of two classes along an
 * interpolation between their codes.
 */
public final class ConditionalBatchNorm extends Module {

    private final Module norm;
    private final Tensor gamma;
    private final Tensor beta;
    private final long channels;

    /**
     * @param channels C, the channels (or features) normalised
     * @param classes K ≥ 1
     * @param maps whether the input is feature maps (n, C, H, W); else activations (n, C)
     */
    public ConditionalBatchNorm(long channels, int classes, boolean maps) {
        if (classes < 1) {
            throw new IllegalArgumentException(
                    "class-conditional batch norm needs at least one class, found " + classes);
        }
        BatchNormOptions options = new BatchNormOptions(channels);
        options.affine().put(false);
        this.norm = maps
                ? register_module("bn", new BatchNorm2dImpl(options))
                : register_module("bn", new BatchNorm1dImpl(options));
        this.channels = channels;
        // register_parameter returns a reference into the module's table, which moves as it grows: keep handles of our
        // own
        this.gamma = new Tensor(register_parameter("gamma", ones(classes, channels)));
        this.beta = new Tensor(register_parameter("beta", zeros(classes, channels)));
    }

    /** Γ, shape (classes, channels): row y is γ_y. */
    public Tensor gamma() {
        return gamma;
    }

    /** B, shape (classes, channels): row y is β_y. */
    public Tensor beta() {
        return beta;
    }

    /**
     * x, shape (n, C, H, W) (or (n, C)), and y, shape (n, K), one-hot → γ_y·x̂ + β_y, the shape of x.
     */
    public Tensor forward(Tensor x, Tensor y) {
        Tensor normalised = Norm.apply(norm, x);
        long[] shape = x.dim() == 4 ? new long[] {x.size(0), channels, 1, 1} : new long[] {x.size(0), channels};
        return normalised.mul(y.mm(gamma).reshape(shape)).add(y.mm(beta).reshape(shape));
    }
}
