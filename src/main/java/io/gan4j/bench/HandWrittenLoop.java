package io.gan4j.bench;

import static org.bytedeco.pytorch.global.torch.grad;
import static org.bytedeco.pytorch.global.torch.rand;
import static org.bytedeco.pytorch.global.torch.randn;
import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.Refused;
import io.gan4j.config.GradientPenaltyConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.config.WeightClippingConfig;
import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.data.toy.ToyDistributions;
import io.gan4j.torch.RandomStreams;
import java.util.random.RandomGenerator;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.BoolOptional;
import org.bytedeco.pytorch.DimnameListOptional;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/**
 * The baseline: the same training step as gan4j's trainer for an MLP toy config, written the way
 * one writes it straight against libtorch, with no gan4j class in the step (only the toy data
 * sampling, which both sides share). Supports what the toy presets without spectral norm, batch
 * norm or packing use.
 */
final class HandWrittenLoop implements Baseline {

    private final RunConfig config;
    private final Mlp g;
    private final Mlp d;
    private final Optimizer gOpt;
    private final Optimizer dOpt;
    private final ToyDistribution data;
    private final RandomGenerator rng;
    private final GeneratorOptional noise;

    /** A plain MLP: Linear → ReLU, depth times, then Linear. */
    static final class Mlp extends Module {
        private final LinearImpl[] layers;

        Mlp(long in, int width, int depth, long out) {
            layers = new LinearImpl[depth + 1];
            for (int i = 0; i <= depth; i++) {
                layers[i] = register_module("l" + i, new LinearImpl(i == 0 ? in : width, i == depth ? out : width));
                in = width;
            }
        }

        Tensor forward(Tensor x) {
            for (int i = 0; i < layers.length - 1; i++) {
                x = relu(layers[i].forward(x));
            }
            return layers[layers.length - 1].forward(x);
        }
    }

    HandWrittenLoop(RunConfig config) {
        if (config.model().discriminator().spectralNorm()
                || config.model().discriminator().batchNorm()
                || config.model().generator().batchNorm()
                || config.model().discriminator().packing() != 1
                || !config.model().latentPrior().equals("normal")
                || !config.model().generator().activation().equals("relu")
                || !config.model().discriminator().activation().equals("relu")
                || config.infogan() != null) {
            throw new Refused("the hand-written baseline covers MLPs with ReLU, a normal prior and "
                    + "no spectral norm, batch norm, packing or InfoGAN codes; '" + config.name() + "' uses more");
        }
        this.config = config;
        RandomStreams streams = new RandomStreams(config.seed());
        org.bytedeco.pytorch.global.torch.manual_seed(config.seed());
        g = new Mlp(
                config.model().latentDim(),
                config.model().generator().width(),
                config.model().generator().depth(),
                2);
        d = new Mlp(
                2,
                config.model().discriminator().width(),
                config.model().discriminator().depth(),
                1);
        gOpt = Baseline.optimiser(config.optimisers().generator(), g.parameters());
        dOpt = Baseline.optimiser(config.optimisers().discriminator(), d.parameters());
        data = ToyDistributions.byName(config.data().dataset());
        rng = streams.java(RandomStreams.DATA);
        noise = new GeneratorOptional(streams.torch(RandomStreams.NOISE));
    }

    /** One generator step with its critic steps. */
    @Override
    public void step(int step) {
        int n = config.data().batchSize();
        long latent = config.model().latentDim();
        for (int k = 0; k < config.train().criticStepsAt(step); k++) {
            try (PointerScope scope = new PointerScope()) {
                Tensor real = Tensor.create(data.sampleFlat(n, rng), n, 2);
                Tensor fake;
                try (NoGradGuard guard = new NoGradGuard()) {
                    fake = g.forward(randn(new long[] {n, latent}, noise));
                }
                Tensor lr = d.forward(real).reshape(-1);
                Tensor lf = d.forward(fake).reshape(-1);
                Tensor loss = HandWrittenLosses.discriminator(config.objective().name(), lr, lf);
                if (config.regularisers().get(GradientPenaltyConfig.class) != null) {
                    Tensor eps = rand(new long[] {n, 1}, noise, new DimnameListOptional());
                    Tensor x = real.sub(fake).mul(eps).add(fake).detach().set_requires_grad(true);
                    Tensor out = d.forward(x);
                    Tensor gx = grad(
                                    new TensorVector(out.sum()),
                                    new TensorVector(x),
                                    new TensorVector(),
                                    new BoolOptional(true),
                                    true,
                                    false)
                            .get(0);
                    Tensor excess = gx.norm(new ScalarOptional(new Scalar(2.0)), new long[] {1}, false)
                            .sub(new Scalar(1.0));
                    if (config.regularisers().get(GradientPenaltyConfig.class).oneSided()) {
                        excess = relu(excess);
                    }
                    loss = loss.add(excess.square()
                            .mean()
                            .mul(new Scalar(config.regularisers()
                                    .get(GradientPenaltyConfig.class)
                                    .weight())));
                }
                dOpt.zero_grad();
                loss.backward();
                dOpt.step();
                if (config.regularisers().get(WeightClippingConfig.class) != null) {
                    double c = config.regularisers()
                            .get(WeightClippingConfig.class)
                            .clip();
                    try (NoGradGuard guard = new NoGradGuard()) {
                        TensorVector ps = d.parameters();
                        for (long i = 0; i < ps.size(); i++) {
                            ps.get(i).clamp_(new ScalarOptional(new Scalar(-c)), new ScalarOptional(new Scalar(c)));
                        }
                    }
                }
            }
        }
        try (PointerScope scope = new PointerScope()) {
            Tensor lf =
                    d.forward(g.forward(randn(new long[] {n, latent}, noise))).reshape(-1);
            Tensor loss = HandWrittenLosses.generator(config.objective().name(), lf);
            gOpt.zero_grad();
            loss.backward();
            gOpt.step();
        }
    }
}
