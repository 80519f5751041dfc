package io.gan4j.training;

import io.gan4j.networks.AutoEncoderDiscriminator;
import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.LatentPrior;
import io.gan4j.objectives.Objective;
import io.gan4j.regularisers.Constraint;
import io.gan4j.regularisers.Penalty;
import io.gan4j.regularisers.PullingAway;
import io.gan4j.torch.Devices;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;

/**
 * The two players and how each takes a step: the generator G, the discriminator (or critic) D,
 * the objective, D's regularisers and G's (EBGAN's pulling-away term), one optimiser each, the
 * latent prior and the real data; and, when the run averages G's weights, the averaged copy that
 * samples are drawn from.
 *
 * <p>A discriminator step leaves G's parameters untouched (G's samples are drawn without autograd);
 * a generator step leaves D's parameters untouched (D's gradients from it are cleared before D's
 * next step). Call each step inside a {@code PointerScope}; build a {@code Gan} outside one.
 */
public final class Gan {

    /**
     * What a {@link Gan} is made of; {@code penalty}, {@code constraint}, {@code pullingAway} and
     * {@code ema} may be {@code null}. A pulling-away term needs a discriminator with codes.
     */
    public record Parts(GeneratorNetwork generator, DiscriminatorNetwork discriminator, Objective objective,
                        Penalty penalty, Constraint constraint, PullingAway pullingAway, Optimizer generatorOptimiser,
                        Optimizer discriminatorOptimiser, LatentPrior prior, BatchSource realBatches, int batchSize,
                        GeneratorOptional noise, GeneratorEma ema, Device device) {
    }

    private final Parts p;

    public Gan(Parts parts) {
        if (parts.pullingAway() != null && !parts.discriminator().hasCodes()) {
            throw new IllegalArgumentException("the pulling-away term needs a discriminator with codes (an auto-encoder), found "
                + parts.discriminator().getClass().getSimpleName());
        }
        this.p = parts;
    }

    /**
     * @param penalty added to D's loss, or {@code null}
     * @param constraint applied to D after each step, or {@code null}
     * @param realBatches the next batch of real samples, shape (batchSize, …), on each call
     * @param noise the training noise stream (latent codes, interpolation coefficients)
     */
    public Gan(GeneratorNetwork generator, DiscriminatorNetwork discriminator, Objective objective, Penalty penalty,
               Constraint constraint, Optimizer generatorOptimiser, Optimizer discriminatorOptimiser,
               LatentPrior prior, BatchSource realBatches, int batchSize, GeneratorOptional noise) {
        this(new Parts(generator, discriminator, objective, penalty, constraint, null, generatorOptimiser,
            discriminatorOptimiser, prior, realBatches, batchSize, noise, null, null));
    }

    public GeneratorNetwork generator() {
        return p.generator();
    }

    public DiscriminatorNetwork discriminator() {
        return p.discriminator();
    }

    public Objective objective() {
        return p.objective();
    }

    public Parts parts() {
        return p;
    }

    /** The generator samples come from: the weight average when the run keeps one, else G itself. */
    public GeneratorNetwork sampler() {
        return p.ema() == null ? p.generator() : p.ema().average();
    }

    /**
     * One discriminator update on a fresh real batch and a fresh generated batch.
     *
     * @param log where to record D's loss, penalty, gradient norm and mean scores, or {@code null}
     */
    public void discriminatorStep(StepLog log) {
        DiscriminatorNetwork discriminator = p.discriminator();
        discriminator.powerIteration();
        Tensor real = Devices.to(p.realBatches().get(), p.device());
        Tensor fake;
        try (NoGradGuard guard = new NoGradGuard()) {
            fake = p.generator().forward(latent(p.batchSize(), p.noise()));
        }
        Tensor realScores = discriminator.forward(real);
        Tensor fakeScores = discriminator.forward(fake);
        Tensor loss = p.objective().discriminatorLoss(realScores, fakeScores);
        Tensor penaltyValue = p.penalty() == null ? null : p.penalty().penalty(discriminator::forward, real, fake, p.noise());
        Tensor total = penaltyValue == null ? loss : loss.add(penaltyValue);
        p.discriminatorOptimiser().zero_grad();
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
        p.discriminatorOptimiser().step();
        if (p.constraint() != null) {
            p.constraint().apply(discriminator);
        }
    }

    /**
     * One generator update on a fresh batch of latent codes: the objective's generator loss on D's
     * scores of the batch, plus the pulling-away term on D's codes of it when the run has one.
     *
     * @param log where to record G's loss (without the term), the term, and G's gradient norm, or {@code null}
     */
    public void generatorStep(StepLog log) {
        GeneratorNetwork generator = p.generator();
        generator.powerIteration();
        Tensor fake = generator.forward(latent(p.batchSize(), p.noise()));
        DiscriminatorNetwork.Output judged = p.discriminator().forwardWithCodes(fake);
        Tensor loss = p.objective().generatorLoss(judged.scores());
        Tensor pullingAway = p.pullingAway() == null ? null : p.pullingAway().penalty(judged.codes());
        Tensor total = pullingAway == null ? loss : loss.add(pullingAway);
        p.generatorOptimiser().zero_grad();
        total.backward();
        if (log != null) {
            log.put("g_loss", loss.item_double());
            if (pullingAway != null) {
                log.put("g_pulling_away", pullingAway.item_double());
            }
            log.put("g_grad_norm", Gradients.norm(generator));
        }
        p.generatorOptimiser().step();
    }

    /** n latent codes from the prior, drawn from {@code stream}, on the run's device: shape (n, latentDim). */
    public Tensor latent(long n, GeneratorOptional stream) {
        return Devices.to(p.prior().sample(n, p.generator().latentDim(), stream), p.device());
    }

    /** n samples from the sampling generator in evaluation mode, without autograd: shape (n, …), on the CPU. */
    public Tensor generate(long n, GeneratorOptional stream) {
        return generateFrom(latent(n, stream));
    }

    /** The sampling generator's output for the codes {@code z} in evaluation mode, without autograd, on the CPU. */
    public Tensor generateFrom(Tensor z) {
        GeneratorNetwork g = sampler();
        boolean wasTraining = g.is_training();
        g.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            return Devices.toCpu(g.forward(Devices.to(z, p.device())));
        } finally {
            g.train(wasTraining);
        }
    }

    /**
     * D's scores of {@code x} in evaluation mode, without autograd. With packing m, each sample is
     * scored as a pack of m copies of itself: shape (n, …) → (n), on the CPU.
     */
    public Tensor score(Tensor x) {
        DiscriminatorNetwork discriminator = p.discriminator();
        boolean wasTraining = discriminator.is_training();
        discriminator.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            int m = discriminator.packing();
            Tensor on = Devices.to(x, p.device());
            Tensor packed = m == 1 ? on : on.repeat_interleave(m, new LongOptional(0), new LongOptional());
            return Devices.toCpu(discriminator.forward(packed));
        } finally {
            discriminator.train(wasTraining);
        }
    }

    /**
     * The auto-encoder discriminator's reconstructions Dec(Enc(x)) in evaluation mode, without
     * autograd: shape (n, …) → (n, …), on the CPU.
     *
     * @throws IllegalStateException if the discriminator is not an auto-encoder
     */
    public Tensor reconstruct(Tensor x) {
        if (!(p.discriminator() instanceof AutoEncoderDiscriminator ae)) {
            throw new IllegalStateException("only an auto-encoder discriminator reconstructs; this one is "
                + p.discriminator().getClass().getSimpleName());
        }
        boolean wasTraining = ae.is_training();
        ae.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            return Devices.toCpu(ae.reconstruct(Devices.to(x, p.device())));
        } finally {
            ae.train(wasTraining);
        }
    }
}
