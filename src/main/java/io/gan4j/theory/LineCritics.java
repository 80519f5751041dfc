package io.gan4j.theory;

import static org.bytedeco.pytorch.global.torch.grad;

import io.gan4j.config.OptimiserConfig;
import io.gan4j.networks.Activation;
import io.gan4j.networks.MlpDiscriminator;
import io.gan4j.objectives.Minimax;
import io.gan4j.objectives.Objective;
import io.gan4j.objectives.Wasserstein;
import io.gan4j.regularisers.GradientPenalty;
import io.gan4j.regularisers.WeightClipping;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Optimisers;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.BoolOptional;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;

/**
 * The three networks that estimate a divergence between P₀ and P_θ (see {@link ParallelLines}),
 * each trained from scratch for one θ on fresh samples:
 * <ul>
 *   <li>a WGAN-GP critic (Wasserstein loss + two-sided gradient penalty, λ = {@value #GP_WEIGHT}, Adam 1e-3,
 *       β = (0.5, 0.9); tanh units, whose smooth gradient field varies little across the strip);</li>
 *   <li>a weight-clipped critic (clip c = {@value #CLIP} on every parameter, RMSProp 5e-4, ReLU units, as the
 *       WGAN paper but with a larger learning rate to fit the budget);</li>
 *   <li>a discriminator with the minimax (binary cross-entropy) loss (Adam 1e-2, tanh units).</li>
 * </ul>
 * All are MLPs 2 → width → width → 1 in float64. Expectations over Z are taken by the midpoint rule
 * on {@value #NODES} heights, not sampled.
 *
 * <p>The clipped critic's normalised estimate falls short of |θ| (by up to 27% in the default run,
 * seed 1): clipping drives its weights to ±c, which tilts its gradient off the x₁ axis and makes it
 * vary across the strip, so E ∂f/∂x₁ is only a fraction of max ‖∇f‖ (with a larger learning rate the
 * fraction was often exactly 1/√2, a gradient at 45°). This is the capacity underuse the WGAN-GP
 * paper (section 3) reports for weight clipping.
 */
final class LineCritics {

    static final double GP_WEIGHT = 10;
    static final double CLIP = 0.01;
    static final int NODES = 512;
    static final int STRIP_POINTS = 21;

    /**
     * A critic's estimate of W(P₀, P_θ).
     *
     * @param gap E f(P₀) − E f(P_θ), the Kantorovich–Rubinstein objective of the trained critic f
     * @param lipschitz K̂ = max ‖∇f‖ over a {@value #STRIP_POINTS}² grid of the strip between the lines
     * @param normalised gap / K̂
     */
    record Estimate(double gap, double lipschitz, double normalised) {}

    private LineCritics() {}

    /** A float64 MLP 2 → width → width → 1. */
    static MlpDiscriminator network(int width, Activation activation, GeneratorOptional init) {
        MlpDiscriminator net = new MlpDiscriminator(2, 1, width, 2, activation, false, false, init);
        net.to(torch.ScalarType.Double, false);
        return net;
    }

    static Estimate gradientPenaltyCritic(double theta, int steps, int batchSize, int width, RandomStreams streams) {
        MlpDiscriminator f = network(width, Activation.TANH, new GeneratorOptional(streams.torch("init/gp/" + theta)));
        GeneratorOptional noise = new GeneratorOptional(streams.torch("noise/gp/" + theta));
        Optimizer adam = Optimisers.create(OptimiserConfig.adam(1e-3, 0.5, 0.9), f.parameters());
        Objective w = new Wasserstein();
        GradientPenalty gp = new GradientPenalty(GP_WEIGHT, false);
        for (int step = 0; step < steps; step++) {
            try (PointerScope scope = new PointerScope()) {
                Tensor real = ParallelLineSamples.sample(0, batchSize, noise);
                Tensor fake = ParallelLineSamples.sample(theta, batchSize, noise);
                Tensor loss = w.discriminatorLoss(f.forward(real), f.forward(fake))
                        .add(gp.penalty(f::forward, real, fake, noise));
                adam.zero_grad();
                loss.backward();
                adam.step();
            }
        }
        return estimate(f, theta);
    }

    static Estimate clippedCritic(double theta, int steps, int batchSize, int width, RandomStreams streams) {
        MlpDiscriminator f =
                network(width, Activation.RELU, new GeneratorOptional(streams.torch("init/clip/" + theta)));
        GeneratorOptional noise = new GeneratorOptional(streams.torch("noise/clip/" + theta));
        Optimizer rmsprop = Optimisers.create(OptimiserConfig.rmsprop(5e-4), f.parameters());
        Objective w = new Wasserstein();
        WeightClipping clipping = new WeightClipping(CLIP);
        clipping.apply(f);
        for (int step = 0; step < steps; step++) {
            try (PointerScope scope = new PointerScope()) {
                Tensor real = ParallelLineSamples.sample(0, batchSize, noise);
                Tensor fake = ParallelLineSamples.sample(theta, batchSize, noise);
                Tensor loss = w.discriminatorLoss(f.forward(real), f.forward(fake));
                rmsprop.zero_grad();
                loss.backward();
                rmsprop.step();
                clipping.apply(f);
            }
        }
        return estimate(f, theta);
    }

    /** JSD(P₀ ‖ P_θ) estimated as (V(D) + log 4)/2 with D trained by the minimax loss. */
    static double jensenShannon(double theta, int steps, int batchSize, int width, RandomStreams streams) {
        MlpDiscriminator d = network(width, Activation.TANH, new GeneratorOptional(streams.torch("init/js/" + theta)));
        GeneratorOptional noise = new GeneratorOptional(streams.torch("noise/js/" + theta));
        Optimizer adam = Optimisers.create(OptimiserConfig.adam(1e-2, 0.9, 0.999), d.parameters());
        Objective bce = new Minimax();
        for (int step = 0; step < steps; step++) {
            try (PointerScope scope = new PointerScope()) {
                Tensor loss = bce.discriminatorLoss(
                        d.forward(ParallelLineSamples.sample(0, batchSize, noise)),
                        d.forward(ParallelLineSamples.sample(theta, batchSize, noise)));
                adam.zero_grad();
                loss.backward();
                adam.step();
            }
        }
        return (value(d, theta) + Math.log(4)) / 2;
    }

    /** V(D) = E log D(P₀) + E log(1 − D(P_θ)) = −E softplus(−l(P₀)) − E softplus(l(P_θ)), by quadrature over Z. */
    static double value(MlpDiscriminator d, double theta) {
        try (PointerScope scope = new PointerScope();
                NoGradGuard guard = new NoGradGuard()) {
            Tensor real = d.forward(ParallelLineSamples.quadratureLine(0, NODES));
            Tensor fake = d.forward(ParallelLineSamples.quadratureLine(theta, NODES));
            return new Minimax().discriminatorLoss(real, fake).neg().item_double();
        }
    }

    /** The gap E f(P₀) − E f(P_θ) by quadrature over Z, and the critic's largest gradient norm on the strip. */
    static Estimate estimate(MlpDiscriminator f, double theta) {
        try (PointerScope scope = new PointerScope()) {
            double gap;
            try (NoGradGuard guard = new NoGradGuard()) {
                gap = f.forward(ParallelLineSamples.quadratureLine(0, NODES))
                        .mean()
                        .sub(f.forward(ParallelLineSamples.quadratureLine(theta, NODES))
                                .mean())
                        .item_double();
            }
            Tensor x = ParallelLineSamples.strip(theta, STRIP_POINTS).set_requires_grad(true);
            TensorVector g = grad(
                    new TensorVector(f.forward(x).sum()),
                    new TensorVector(x),
                    new TensorVector(),
                    new BoolOptional(false),
                    false,
                    false);
            double k = Tensors.rowNorms(g.get(0)).max().item_double();
            return new Estimate(gap, k, k > 0 ? gap / k : 0);
        }
    }
}
