package io.gan4j.regularisers;

import static org.bytedeco.pytorch.global.torch.grad;
import static org.bytedeco.pytorch.global.torch.rand;
import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.step.DiscriminatorStep;
import io.gan4j.step.DiscriminatorTerm;
import io.gan4j.step.GradientSynchroniser;
import io.gan4j.torch.Tensors;
import java.util.function.UnaryOperator;
import org.bytedeco.pytorch.BoolOptional;
import org.bytedeco.pytorch.DimnameListOptional;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/**
 * The gradient penalty of WGAN-GP (Gulrajani et al., 2017, "Improved Training of Wasserstein
 * GANs", Algorithm 1): at x̂ = εx + (1 − ε)G(z), ε ~ U[0, 1] drawn per sample,
 * <ul>
 *   <li>two-sided: λ E[(‖∇f(x̂)‖₂ − 1)²] (the paper's choice, eq. 3);</li>
 *   <li>one-sided: λ E[max(0, ‖∇f(x̂)‖₂ − 1)²] (the paper's appendix; penalises only gradients
 *       above 1, the Lipschitz constraint itself).</li>
 * </ul>
 * The gradient is taken with {@code create_graph} so that the penalty is differentiable in the
 * critic's parameters (double backward). With packing, a score depends on several samples and
 * the norm is that of the gradient with respect to all of them together. The paper forbids
 * batch normalisation in a critic with this penalty: the configuration rejects the combination.
 */
public final class GradientPenalty implements DiscriminatorTerm {

    private final double weight;
    private final boolean oneSided;
    private final GradientSynchroniser workers;

    /**
     * @param weight λ &gt; 0 (the paper uses 10; its toy experiments 0.1)
     * @param oneSided whether to penalise only norms above 1
     */
    public GradientPenalty(double weight, boolean oneSided) {
        this(weight, oneSided, GradientSynchroniser.NONE);
    }

    /**
     * The penalty of a data-parallel worker on its rows of the global batch: ε is drawn for the whole
     * global batch, from the same stream on every worker, and each takes its rows of it, so the
     * workers together draw what one process would.
     */
    public GradientPenalty(double weight, boolean oneSided, GradientSynchroniser workers) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("gradient penalty weight must be positive and finite, found " + weight);
        }
        this.weight = weight;
        this.oneSided = oneSided;
        this.workers = workers;
    }

    public double weight() {
        return weight;
    }

    public boolean oneSided() {
        return oneSided;
    }

    @Override
    public String name() {
        return "d_penalty";
    }

    /** The penalty at interpolates of the step's real and generated batches, scored with the real batch's labels. */
    @Override
    public Tensor value(DiscriminatorStep step) {
        return penalty(step::score, step.real(), step.fake(), step.noise());
    }

    /**
     * The penalty (a scalar, differentiable in the critic's parameters).
     *
     * @param critic maps a batch of samples, shape (n, …), to scores, shape (n / packing)
     * @param real a batch of real samples, shape (n, …)
     * @param fake a batch of generated samples, detached from the generator, same shape as real
     * @param noise the training noise stream, from which ε is drawn
     */
    public Tensor penalty(UnaryOperator<Tensor> critic, Tensor real, Tensor fake, GeneratorOptional noise) {
        long[] epsShape = new long[(int) real.dim()];
        java.util.Arrays.fill(epsShape, 1);
        epsShape[0] = real.size(0) * workers.workers();
        Tensor eps = workers.rows(rand(epsShape, noise, new DimnameListOptional()));
        Tensor interpolates = real.sub(fake).mul(eps).add(fake).detach().set_requires_grad(true);
        return atPoints(critic, interpolates);
    }

    /**
     * The penalty at given points {@code x}, a leaf tensor that requires grad: λ E[φ(‖∇f(x)‖ − 1)]
     * with φ(t) = t² (two-sided) or max(0, t)² (one-sided).
     */
    public Tensor atPoints(UnaryOperator<Tensor> critic, Tensor x) {
        Tensor scores = critic.apply(x);
        TensorVector gradients = grad(
                new TensorVector(scores.sum()),
                new TensorVector(x),
                new TensorVector(),
                new BoolOptional(true),
                true,
                false);
        Tensor g = gradients.get(0).reshape(scores.size(0), -1);
        Tensor excess = Tensors.rowNorms(g).sub(Tensors.scalar(1.0));
        if (oneSided) {
            excess = relu(excess);
        }
        return excess.square().mean().mul(Tensors.scalar(weight));
    }
}
