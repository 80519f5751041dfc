package io.gan4j.theory;

import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.objectives.Objective;
import io.gan4j.torch.Tensors;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * Generator gradients by autograd through the project's objectives (see {@link Saturation}).
 */
final class GeneratorGradients {

    private GeneratorGradients() {}

    /**
     * ∂L_G/∂l for each logit l of {@code logits}, by autograd through {@code objective.generatorLoss}.
     * The loss is a mean over the batch, so each logit's gradient is n times its entry of ∇ of the mean.
     */
    static double[] perLogit(Objective objective, double[] logits) {
        try (PointerScope scope = new PointerScope()) {
            Tensor l = DoubleTensors.vector(logits).set_requires_grad(true);
            objective.generatorLoss(l).backward();
            return DoubleTensors.values(l.grad().mul(Tensors.scalar(logits.length)));
        }
    }

    /**
     * The generator's gradient with respect to (μ, σ) for p_g = N(μ, σ²), x = μ + σz, z ~ N(0, 1),
     * against the optimal discriminator for p_data = N(0, 1), whose logit is
     * l*(x) = log p_data(x) − log p_g(x) = −x²/2 + (x − μ)²/(2σ²) + log σ.
     * l* is built from detached copies of μ and σ, so the generator's parameters reach the loss only
     * through x, as when D is held fixed during a generator step. Autograd runs in (μ, log σ), the
     * generator's parameters; the σ-component is ∂L/∂log σ / σ.
     *
     * @param samples Monte-Carlo draws of z
     * @return {∂L/∂μ, ∂L/∂σ} of L = objective.generatorLoss(l*(x)), a Monte-Carlo mean
     */
    static double[] againstOptimalDiscriminator(
            Objective objective, double mu, double sigma, int samples, GeneratorOptional stream) {
        try (PointerScope scope = new PointerScope()) {
            Tensor m = DoubleTensors.vector(new double[] {mu}).set_requires_grad(true);
            Tensor logSigma =
                    DoubleTensors.vector(new double[] {Math.log(sigma)}).set_requires_grad(true);
            Tensor z = randn(new long[] {samples}, stream, DoubleTensors.options());
            Tensor x = z.mul(logSigma.exp()).add(m);
            Tensor logit = optimalLogit(x, mu, sigma);
            objective.generatorLoss(logit).backward();
            return new double[] {m.grad().item_double(), logSigma.grad().item_double() / sigma};
        }
    }

    /** l*(x) = −x²/2 + (x − μ)²/(2σ²) + log σ, with μ and σ constants. */
    static Tensor optimalLogit(Tensor x, double mu, double sigma) {
        Tensor dataTerm = x.square().mul(Tensors.scalar(-0.5));
        Tensor modelTerm = x.sub(Tensors.scalar(mu)).square().mul(Tensors.scalar(0.5 / (sigma * sigma)));
        return dataTerm.add(modelTerm).add(Tensors.scalar(Math.log(sigma)));
    }

    /** ∇_{μ,σ} KL(N(μ, σ²) ‖ N(0, 1)) = (μ, σ − 1/σ), from KL = log(1/σ) + (σ² + μ²)/2 − 1/2. */
    static double[] klGradient(double mu, double sigma) {
        return new double[] {mu, sigma - 1 / sigma};
    }

    /** KL(N(μ, σ²) ‖ N(0, 1)) = log(1/σ) + (σ² + μ²)/2 − 1/2. */
    static double kl(double mu, double sigma) {
        return -Math.log(sigma) + (sigma * sigma + mu * mu) / 2 - 0.5;
    }

    /** ‖a − b‖₂ / ‖b‖₂. */
    static double relativeError(double[] a, double[] b) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            norm += b[i] * b[i];
        }
        return Math.sqrt(diff / norm);
    }
}
