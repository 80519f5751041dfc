package io.gan4j.training;

import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.Latent;
import io.gan4j.objectives.Objective;
import io.gan4j.regularisers.MutualInformation;
import io.gan4j.step.Constraint;
import io.gan4j.step.DiscriminatorStep;
import io.gan4j.step.DiscriminatorTerm;
import io.gan4j.step.GeneratorStep;
import io.gan4j.step.GeneratorTerm;
import io.gan4j.step.GradientSynchroniser;
import io.gan4j.torch.Devices;
import java.util.LinkedHashMap;
import java.util.List;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;

/**
 * The two players and how each takes a step: the generator G, the discriminator (or critic) D,
 * the terms each one's loss sums, D's constraints, one optimiser each, the latent input, the real
 * data, and the averaged copy of G that samples are drawn from when the run keeps one.
 *
 * <p>Each step has one path. D's step draws a real batch (with its labels in a class-conditional
 * run) and a generated one from the latent (with the classes or InfoGAN's codes it was drawn from),
 * has D judge both, and sums its {@link DiscriminatorTerm}s; G's step draws a batch, has D judge it
 * and sums its {@link GeneratorTerm}s. What differs between GAN, class-conditional and InfoGAN
 * runs lives in the latent's {@link Latent.Draw}, D's {@link DiscriminatorNetwork.Judgement} and
 * the terms, not here.
 *
 * <p>A discriminator step leaves G's parameters untouched (G's samples are drawn without autograd);
 * a generator step leaves D's parameters untouched (D's gradients from it are cleared before D's
 * next step). Call each step inside a {@code PointerScope}; build a {@code Gan} outside one.
 */
public final class Gan {

    /**
     * What a {@link Gan} is made of; {@code mutualInformation} (InfoGAN's, for what reads its codes
     * after training) and {@code ema} may be {@code null}. With data parallelism, {@code batchSize}
     * is the global batch, {@code realBatches} hands out this worker's share of it, and the
     * {@code synchroniser} gives its rows of each draw of noise and averages the gradients.
     */
    public record Parts(
            GeneratorNetwork generator,
            DiscriminatorNetwork discriminator,
            Objective objective,
            List<DiscriminatorTerm> discriminatorTerms,
            List<GeneratorTerm> generatorTerms,
            List<Constraint> constraints,
            MutualInformation mutualInformation,
            Optimizer generatorOptimiser,
            Optimizer discriminatorOptimiser,
            Latent latent,
            BatchSource realBatches,
            int batchSize,
            GeneratorOptional noise,
            GeneratorEma ema,
            Device device,
            GradientSynchroniser synchroniser) {}

    private final Parts p;
    private final PlayerUpdate discriminatorUpdate;
    private final PlayerUpdate generatorUpdate;

    public Gan(Parts parts) {
        if (parts.latent().dim() != parts.generator().latentDim()) {
            throw new IllegalArgumentException(
                    "the latent has " + parts.latent().dim() + " values, the generator takes "
                            + parts.generator().latentDim());
        }
        int classes = parts.latent().classes();
        if (parts.generator().classes() != classes || parts.discriminator().classes() != classes) {
            throw new IllegalArgumentException("the latent, G and D must have the same classes, found " + classes + ", "
                    + parts.generator().classes() + " and "
                    + parts.discriminator().classes());
        }
        this.p = parts;
        this.discriminatorUpdate = new PlayerUpdate(
                NonFinite.DISCRIMINATOR, parts.discriminator(), parts.discriminatorOptimiser(), parts.synchroniser());
        this.generatorUpdate = new PlayerUpdate(
                NonFinite.GENERATOR, parts.generator(), parts.generatorOptimiser(), parts.synchroniser());
    }

    public GeneratorNetwork generator() {
        return p.generator();
    }

    public DiscriminatorNetwork discriminator() {
        return p.discriminator();
    }

    public Parts parts() {
        return p;
    }

    /** The generator samples come from: the weight average when the run keeps one, else G itself. */
    public GeneratorNetwork sampler() {
        return p.ema() == null ? p.generator() : p.ema().average();
    }

    /**
     * One discriminator update on a fresh real batch and a fresh generated batch: the sum of D's
     * terms, then D's constraints.
     *
     * @param log where to record D's terms, gradient norm and mean scores, or {@code null}
     * @return {@code null}, or what was not finite; then the update was skipped (see {@link PlayerUpdate})
     */
    public NonFinite discriminatorStep(StepLog log) {
        DiscriminatorNetwork d = p.discriminator();
        d.powerIteration();
        BatchSource.Labelled batch = p.realBatches().next(p.latent().classes() > 0);
        Tensor real = Devices.to(batch.samples(), p.device());
        Tensor realLabels = batch.labels() == null ? null : Devices.to(batch.labels(), p.device());
        Latent.Draw drawn = draw();
        Tensor fake;
        try (NoGradGuard guard = new NoGradGuard()) {
            fake = p.generator().forward(drawn.input());
        }
        Tensor realScores = d.forward(real, realLabels);
        DiscriminatorNetwork.Judgement judged = d.judge(fake, drawn.labels());
        DiscriminatorStep step = new DiscriminatorStep(
                real, realLabels, realScores, drawn, fake, judged, d, p.noise(), new LinkedHashMap<>());
        NonFinite nonFinite = discriminatorUpdate.apply(
                p.discriminatorTerms(), DiscriminatorTerm::name, t -> t.value(step), step.figures(), log);
        if (log != null) {
            log.put("d_real", realScores.mean().item_double());
            log.put("d_fake", judged.scores().mean().item_double());
        }
        if (nonFinite == null) {
            p.constraints().forEach(c -> c.apply(d));
        }
        return nonFinite;
    }

    /**
     * One generator update on a fresh batch from the latent: the sum of G's terms on D's judgement
     * of G's samples.
     *
     * @param log where to record G's terms, their figures (InfoGAN's bounds) and G's gradient norm, or {@code null}
     * @return {@code null}, or what was not finite; then the update was skipped (see {@link PlayerUpdate})
     */
    public NonFinite generatorStep(StepLog log) {
        GeneratorNetwork g = p.generator();
        g.powerIteration();
        Latent.Draw drawn = draw();
        Tensor fake = g.forward(drawn.input());
        GeneratorStep step =
                new GeneratorStep(drawn, fake, p.discriminator().judge(fake, drawn.labels()), new LinkedHashMap<>());
        return generatorUpdate.apply(p.generatorTerms(), GeneratorTerm::name, t -> t.value(step), step.figures(), log);
    }

    /** This worker's rows of a batch of G's inputs from the training noise stream, on the run's device. */
    private Latent.Draw draw() {
        return p.latent()
                .draw(p.batchSize(), p.noise())
                .map(t -> Devices.to(p.synchroniser().rows(t), p.device()));
    }

    /**
     * n latent inputs (InfoGAN: noise and codes), drawn from {@code stream}, on the run's device: shape (n,
     * latentDim).
     */
    public Tensor latent(long n, GeneratorOptional stream) {
        return Devices.to(p.latent().sample(n, stream), p.device());
    }

    /** n samples from the sampling generator in evaluation mode, without autograd: shape (n, …), on the CPU. */
    public Tensor generate(long n, GeneratorOptional stream) {
        return generateFrom(latent(n, stream));
    }

    /** The sampling generator's output for the codes {@code z} in evaluation mode, without autograd, on the CPU. */
    public Tensor generateFrom(Tensor z) {
        GeneratorNetwork g = sampler();
        return Devices.inEvaluation(g, p.device(), g::forward, z);
    }

    /**
     * D's scores of {@code x} in evaluation mode, without autograd. With packing m, each sample is
     * scored as a pack of m copies of itself: shape (n, …) → (n), on the CPU.
     */
    public Tensor score(Tensor x) {
        DiscriminatorNetwork d = p.discriminator();
        int m = d.packing();
        return Devices.inEvaluation(
                d,
                p.device(),
                on -> d.forward(m == 1 ? on : on.repeat_interleave(m, new LongOptional(0), new LongOptional())),
                x);
    }
}
