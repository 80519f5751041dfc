package io.gan4j.training;

import io.gan4j.distributed.DataParallel;
import io.gan4j.distributed.Shard;
import io.gan4j.networks.AutoEncoderDiscriminator;
import io.gan4j.networks.ConditionalLatent;
import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.InfoganDiscriminator;
import io.gan4j.networks.InfoganLatent;
import io.gan4j.networks.Latent;
import io.gan4j.networks.LatentPrior;
import io.gan4j.objectives.Objective;
import io.gan4j.regularisers.Constraint;
import io.gan4j.regularisers.MutualInformation;
import io.gan4j.regularisers.Penalty;
import io.gan4j.regularisers.PullingAway;
import io.gan4j.torch.Devices;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;

/**
 * The two players and how each takes a step: the generator G, the discriminator (or critic) D,
 * the objective, D's regularisers and G's (EBGAN's pulling-away term), one optimiser each, the
 * latent input and the real data; and, when the run averages G's weights, the averaged copy that
 * samples are drawn from.
 *
 * <p>With InfoGAN's mutual-information term, G's input holds codes c beside the noise, D is an
 * {@link InfoganDiscriminator} (its Q head trained by D's optimiser), and each step subtracts λ·L_I
 * on the generated batch from its player's loss: D's (with Q's) and G's.
 *
 * <p>Class-conditional (G's latent a {@link ConditionalLatent}): each generated batch's classes are
 * drawn uniformly from the training noise stream right after its z, G reads them from its input,
 * and D scores real images with their labels and generated ones with the classes they were drawn
 * for; a gradient penalty scores its interpolates with the real batch's labels.
 *
 * <p>A discriminator step leaves G's parameters untouched (G's samples are drawn without autograd);
 * a generator step leaves D's parameters untouched (D's gradients from it are cleared before D's
 * next step). Call each step inside a {@code PointerScope}; build a {@code Gan} outside one.
 */
public final class Gan {

    /**
     * What a {@link Gan} is made of; {@code penalty}, {@code constraint}, {@code pullingAway},
     * {@code mutualInformation}, {@code ema} and {@code parallel} may be {@code null}. A pulling-away term needs a
     * discriminator with codes; the mutual-information term an {@link InfoganDiscriminator} and its
     * codes as the latent. With {@code parallel} (a data-parallel worker), {@code batchSize} is the
     * global batch, {@code realBatches} hands out this rank's shard of it, and the steps take this
     * rank's rows of each global draw of noise and average the gradients over the ranks.
     */
    public record Parts(GeneratorNetwork generator, DiscriminatorNetwork discriminator, Objective objective,
                        Penalty penalty, Constraint constraint, PullingAway pullingAway, MutualInformation mutualInformation,
                        Optimizer generatorOptimiser, Optimizer discriminatorOptimiser, Latent latent, BatchSource realBatches,
                        int batchSize, GeneratorOptional noise, GeneratorEma ema, Device device, DataParallel parallel) {
    }

    private final Parts p;
    private final Shard shard;

    public Gan(Parts parts) {
        if (parts.pullingAway() != null && !parts.discriminator().hasCodes()) {
            throw new IllegalArgumentException("the pulling-away term needs a discriminator with codes (an auto-encoder), found "
                + parts.discriminator().getClass().getSimpleName());
        }
        MutualInformation mi = parts.mutualInformation();
        if (mi != null && (!(parts.discriminator() instanceof InfoganDiscriminator) || parts.latent() != mi.latent())) {
            throw new IllegalArgumentException("the mutual-information term needs InfoGAN's discriminator with a Q head and "
                + "its codes as G's input, found " + parts.discriminator().getClass().getSimpleName() + " and " + parts.latent());
        }
        if (parts.latent().dim() != parts.generator().latentDim()) {
            throw new IllegalArgumentException("the latent has " + parts.latent().dim() + " values, the generator takes "
                + parts.generator().latentDim());
        }
        int classes = parts.latent() instanceof ConditionalLatent c ? c.classes() : 0;
        if (parts.generator().classes() != classes || parts.discriminator().classes() != classes) {
            throw new IllegalArgumentException("the latent, G and D must have the same classes, found " + classes + ", "
                + parts.generator().classes() + " and " + parts.discriminator().classes());
        }
        this.p = parts;
        this.shard = parts.parallel() == null ? Shard.WHOLE : parts.parallel().shard();
        shard.rows(parts.batchSize());
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
        this(new Parts(generator, discriminator, objective, penalty, constraint, null, null, generatorOptimiser,
            discriminatorOptimiser, Latent.of(prior, generator.latentDim()), realBatches, batchSize, noise, null, null, null));
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
     * @return {@code null}, or what was not finite; then the update was skipped (see {@link #settle})
     */
    public NonFinite discriminatorStep(StepLog log) {
        DiscriminatorNetwork discriminator = p.discriminator();
        discriminator.powerIteration();
        BatchSource.Labelled batch = conditional() ? p.realBatches().nextLabelled() : null;
        Tensor real = Devices.to(batch == null ? p.realBatches().get() : batch.samples(), p.device());
        Tensor realLabels = batch == null ? null : Devices.to(batch.labels(), p.device());
        InfoganLatent.Codes codes = p.mutualInformation() == null ? null : codes(p.batchSize(), p.noise());
        Drawn drawn = codes == null ? draw(p.batchSize()) : null;
        Tensor fake;
        try (NoGradGuard guard = new NoGradGuard()) {
            fake = p.generator().forward(codes == null ? drawn.input() : input(codes));
        }
        Tensor realScores = discriminator.forward(real, realLabels);
        Tensor fakeScores;
        Tensor information = null;
        if (codes == null) {
            fakeScores = discriminator.forward(fake, drawn.labels());
        } else {
            InfoganDiscriminator.Judged judged = ((InfoganDiscriminator) discriminator).judge(fake);
            fakeScores = judged.scores();
            information = p.mutualInformation().penalty(p.mutualInformation().bound(judged.posterior(), codes));
        }
        Tensor loss = p.objective().discriminatorLoss(realScores, fakeScores);
        Tensor penaltyValue = p.penalty() == null ? null : p.penalty().penalty(x -> discriminator.forward(x, realLabels), real,
            fake, p.noise(), shard);
        Tensor total = penaltyValue == null ? loss : loss.add(penaltyValue);
        total = information == null ? total : total.add(information);
        p.discriminatorOptimiser().zero_grad();
        total.backward();
        Map<String, Tensor> terms = new LinkedHashMap<>();
        terms.put("d_loss", loss);
        terms.put("d_penalty", penaltyValue);
        terms.put("d_mutual_information", information);
        NonFinite nonFinite = settle(NonFinite.DISCRIMINATOR, discriminator, total, terms);
        if (log != null) {
            log.put("d_loss", loss.item_double());
            if (penaltyValue != null) {
                log.put("d_penalty", penaltyValue.item_double());
            }
            log.put("d_grad_norm", Gradients.norm(discriminator));
            log.put("d_real", realScores.mean().item_double());
            log.put("d_fake", fakeScores.mean().item_double());
        }
        if (nonFinite != null) {
            p.discriminatorOptimiser().zero_grad();
            return nonFinite;
        }
        p.discriminatorOptimiser().step();
        if (p.constraint() != null) {
            p.constraint().apply(discriminator);
        }
        return null;
    }

    /**
     * One generator update on a fresh batch of latent codes: the objective's generator loss on D's
     * scores of the batch, plus the pulling-away term on D's codes of it when the run has one, or
     * −λ·L_I on Q's estimate of the batch's codes with InfoGAN.
     *
     * @param log where to record G's loss (without the terms), the terms (the pulling-away term, or
     *     InfoGAN's bounds {@code mi_bound} of the categorical codes and {@code mi_bound_continuous}),
     *     and G's gradient norm, or {@code null}
     * @return {@code null}, or what was not finite; then the update was skipped (see {@link #settle})
     */
    public NonFinite generatorStep(StepLog log) {
        GeneratorNetwork generator = p.generator();
        generator.powerIteration();
        InfoganLatent.Codes codes = p.mutualInformation() == null ? null : codes(p.batchSize(), p.noise());
        Drawn drawn = codes == null ? draw(p.batchSize()) : null;
        Tensor fake = generator.forward(codes == null ? drawn.input() : input(codes));
        Tensor loss;
        Tensor extra = null;
        MutualInformation.Bound bound = null;
        if (codes == null) {
            DiscriminatorNetwork.Output judged = drawn.labels() == null ? p.discriminator().forwardWithCodes(fake)
                : new DiscriminatorNetwork.Output(p.discriminator().forward(fake, drawn.labels()), null);
            loss = p.objective().generatorLoss(judged.scores());
            extra = p.pullingAway() == null ? null : p.pullingAway().penalty(judged.codes());
        } else {
            InfoganDiscriminator.Judged judged = ((InfoganDiscriminator) p.discriminator()).judge(fake);
            loss = p.objective().generatorLoss(judged.scores());
            bound = p.mutualInformation().bound(judged.posterior(), codes);
            extra = p.mutualInformation().penalty(bound);
        }
        Tensor total = extra == null ? loss : loss.add(extra);
        p.generatorOptimiser().zero_grad();
        total.backward();
        Map<String, Tensor> terms = new LinkedHashMap<>();
        terms.put("g_loss", loss);
        terms.put(p.pullingAway() != null ? "g_pulling_away" : "g_mutual_information", extra);
        NonFinite nonFinite = settle(NonFinite.GENERATOR, generator, total, terms);
        if (log != null) {
            log.put("g_loss", loss.item_double());
            if (p.pullingAway() != null) {
                log.put("g_pulling_away", extra.item_double());
            }
            if (bound != null && bound.categorical() != null) {
                log.put("mi_bound", bound.categorical().item_double());
            }
            if (bound != null && bound.continuous() != null) {
                log.put("mi_bound_continuous", bound.continuous().item_double());
            }
            log.put("g_grad_norm", Gradients.norm(generator));
        }
        if (nonFinite != null) {
            p.generatorOptimiser().zero_grad();
            return nonFinite;
        }
        p.generatorOptimiser().step();
        return null;
    }

    /**
     * After a player's backward pass: averages its gradients over the ranks (data parallelism), then
     * checks that its loss {@code total} and every gradient are finite. A rank whose loss is not
     * finite poisons its gradients before the average, so all ranks reach the same verdict.
     *
     * @param terms the loss's terms by log name, {@code null} for terms the run lacks
     * @return {@code null} when all is finite, else the first non-finite term; the caller then skips the update
     */
    private NonFinite settle(String player, Module net, Tensor total, Map<String, Tensor> terms) {
        boolean lossFinite = Double.isFinite(total.item_double());
        if (p.parallel() != null) {
            if (!lossFinite) {
                Gradients.poison(net);
            }
            p.parallel().averageGradients(net);
        }
        double gradientSum = Gradients.sum(net);
        return lossFinite && Double.isFinite(gradientSum) ? null : NonFinite.of(player, terms, gradientSum);
    }

    /** n latent inputs (InfoGAN: noise and codes), drawn from {@code stream}, on the run's device: shape (n, latentDim). */
    public Tensor latent(long n, GeneratorOptional stream) {
        return Devices.to(p.latent().sample(n, stream), p.device());
    }

    /** Whether the run is class-conditional. */
    public boolean conditional() {
        return p.latent() instanceof ConditionalLatent;
    }

    /**
     * G's input for a generated batch and the classes it was drawn for, on the run's device.
     *
     * @param labels shape (n), int64; {@code null} for an unconditional run
     */
    private record Drawn(Tensor input, Tensor labels) {
    }

    /** This rank's rows of n inputs of G from the training noise stream: z (and, class-conditional, the classes after it). */
    private Drawn draw(long n) {
        if (p.latent() instanceof ConditionalLatent c) {
            ConditionalLatent.Codes codes = c.sampleCodes(n, p.noise());
            return new Drawn(Devices.to(shard.take(c.input(codes)), p.device()), Devices.to(shard.take(codes.labels()), p.device()));
        }
        return new Drawn(shard.take(latent(n, p.noise())), null);
    }

    /** This rank's rows of n draws of InfoGAN's noise and codes from {@code stream} (a CPU stream), moved to the run's device. */
    private InfoganLatent.Codes codes(long n, GeneratorOptional stream) {
        InfoganLatent.Codes c = p.mutualInformation().latent().sampleCodes(n, stream);
        return new InfoganLatent.Codes(Devices.to(shard.take(c.noise()), p.device()),
            Devices.to(shard.take(c.categories()), p.device()), Devices.to(shard.take(c.continuous()), p.device()));
    }

    /** G's input for {@code codes}, on their device. */
    private Tensor input(InfoganLatent.Codes codes) {
        return p.mutualInformation().latent().input(codes);
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
     * InfoGAN's Q on {@code x} in evaluation mode, without autograd: its raw parameters of Q(c | x)
     * (see {@link MutualInformation}), shape (n, …) → (n, posterior size), on the CPU.
     *
     * @throws IllegalStateException if the run has no Q head
     */
    public Tensor recognise(Tensor x) {
        if (!(p.discriminator() instanceof InfoganDiscriminator d)) {
            throw new IllegalStateException("only InfoGAN's discriminator has a Q head; this one is "
                + p.discriminator().getClass().getSimpleName());
        }
        boolean wasTraining = d.is_training();
        d.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            return Devices.toCpu(d.judge(Devices.to(x, p.device())).posterior());
        } finally {
            d.train(wasTraining);
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
