package io.gan4j.training;

import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.LatentPrior;
import io.gan4j.objectives.Objective;
import io.gan4j.regularisers.Constraint;
import io.gan4j.regularisers.Penalty;
import java.util.function.Supplier;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;

/**
 * The two players and how each takes a step: the generator G, the discriminator (or critic) D,
 * the objective, D's regularisers, one optimiser each, the latent prior and the real data.
 *
 * <p>A discriminator step leaves G's parameters untouched (G's samples are drawn without autograd);
 * a generator step leaves D's parameters untouched (D's gradients from it are cleared before D's
 * next step). Call each step inside a {@code PointerScope}; build a {@code Gan} outside one.
 */
public final class Gan {

    private final GeneratorNetwork generator;
    private final DiscriminatorNetwork discriminator;
    private final Objective objective;
    private final Penalty penalty;
    private final Constraint constraint;
    private final Optimizer generatorOptimiser;
    private final Optimizer discriminatorOptimiser;
    private final LatentPrior prior;
    private final Supplier<Tensor> realBatches;
    private final int batchSize;
    private final GeneratorOptional noise;

    /**
     * @param penalty added to D's loss, or {@code null}
     * @param constraint applied to D after each step, or {@code null}
     * @param realBatches the next batch of real samples, shape (batchSize, …), on each call
     * @param noise the training noise stream (latent codes, interpolation coefficients)
     */
    public Gan(GeneratorNetwork generator, DiscriminatorNetwork discriminator, Objective objective, Penalty penalty,
               Constraint constraint, Optimizer generatorOptimiser, Optimizer discriminatorOptimiser,
               LatentPrior prior, Supplier<Tensor> realBatches, int batchSize, GeneratorOptional noise) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.objective = objective;
        this.penalty = penalty;
        this.constraint = constraint;
        this.generatorOptimiser = generatorOptimiser;
        this.discriminatorOptimiser = discriminatorOptimiser;
        this.prior = prior;
        this.realBatches = realBatches;
        this.batchSize = batchSize;
        this.noise = noise;
    }

    public GeneratorNetwork generator() {
        return generator;
    }

    public DiscriminatorNetwork discriminator() {
        return discriminator;
    }

    public Objective objective() {
        return objective;
    }

    /**
     * One discriminator update on a fresh real batch and a fresh generated batch.
     *
     * @param log where to record D's loss, penalty, gradient norm and mean scores, or {@code null}
     */
    public void discriminatorStep(StepLog log) {
        discriminator.powerIteration();
        Tensor real = realBatches.get();
        Tensor fake;
        try (NoGradGuard guard = new NoGradGuard()) {
            fake = generator.forward(prior.sample(batchSize, generator.latentDim(), noise));
        }
        Tensor realScores = discriminator.forward(real);
        Tensor fakeScores = discriminator.forward(fake);
        Tensor loss = objective.discriminatorLoss(realScores, fakeScores);
        Tensor penaltyValue = penalty == null ? null : penalty.penalty(discriminator::forward, real, fake, noise);
        Tensor total = penaltyValue == null ? loss : loss.add(penaltyValue);
        discriminatorOptimiser.zero_grad();
        total.backward();
        if (log != null) {
            log.put("d_loss", loss.item_double());
            if (penaltyValue != null) {
                log.put("d_penalty", penaltyValue.item_double());
            }
            log.put("d_grad_norm", Gradients.norm(discriminator));
            log.put("d_real", realScores.mean().item_double());
            log.put("d_fake", fakeScores.mean().item_double());
        }
        discriminatorOptimiser.step();
        if (constraint != null) {
            constraint.apply(discriminator);
        }
    }

    /**
     * One generator update on a fresh batch of latent codes.
     *
     * @param log where to record G's loss and gradient norm, or {@code null}
     */
    public void generatorStep(StepLog log) {
        generator.powerIteration();
        Tensor fake = generator.forward(prior.sample(batchSize, generator.latentDim(), noise));
        Tensor loss = objective.generatorLoss(discriminator.forward(fake));
        generatorOptimiser.zero_grad();
        loss.backward();
        if (log != null) {
            log.put("g_loss", loss.item_double());
            log.put("g_grad_norm", Gradients.norm(generator));
        }
        generatorOptimiser.step();
    }

    /** n samples from G in evaluation mode, without autograd: shape (n, …). */
    public Tensor generate(long n, GeneratorOptional stream) {
        boolean wasTraining = generator.is_training();
        generator.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            return generator.forward(prior.sample(n, generator.latentDim(), stream));
        } finally {
            generator.train(wasTraining);
        }
    }

    /**
     * D's scores of {@code x} in evaluation mode, without autograd. With packing m, each sample is
     * scored as a pack of m copies of itself: shape (n, …) → (n).
     */
    public Tensor score(Tensor x) {
        boolean wasTraining = discriminator.is_training();
        discriminator.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            int m = discriminator.packing();
            Tensor packed = m == 1 ? x : x.repeat_interleave(m, new LongOptional(0), new LongOptional());
            return discriminator.forward(packed);
        } finally {
            discriminator.train(wasTraining);
        }
    }
}
