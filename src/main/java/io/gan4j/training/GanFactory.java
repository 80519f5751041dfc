package io.gan4j.training;

import io.gan4j.config.Architectures;
import io.gan4j.config.DataConfig;
import io.gan4j.config.DiscriminatorConfig;
import io.gan4j.config.GeneratorConfig;
import io.gan4j.config.InfoganConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.networks.Activation;
import io.gan4j.networks.ConditionalLatent;
import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.FeatureDiscriminator;
import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.InfoganDiscriminator;
import io.gan4j.networks.InfoganLatent;
import io.gan4j.networks.Latent;
import io.gan4j.networks.LatentPrior;
import io.gan4j.networks.ProjectionDiscriminator;
import io.gan4j.objectives.Objective;
import io.gan4j.regularisers.MutualInformation;
import io.gan4j.step.AdversarialLoss;
import io.gan4j.step.StepTerms;
import io.gan4j.torch.Devices;
import io.gan4j.torch.RandomStreams;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * Builds the {@link Gan} a {@link ValidConfig} describes: the networks its architectures
 * name for its data (2-D points or images of a given shape), the objective, regularisers and
 * optimisers, the EMA copy when {@code train.ema} is on, InfoGAN's codes, Q head and term when
 * the config has an {@code infogan} section, the class-conditional G, its latent and the projection
 * discriminator when {@code model.classes} &gt; 0; every random draw from {@link RandomStreams} (G's
 * initial weights first, then D's, then V's or Q's, from the {@code init} stream).
 */
public final class GanFactory {

    private GanFactory() {}

    /**
     * The GAN of {@code config} on {@code batches}; call outside any {@code PointerScope} (its
     * tensors live for the run).
     *
     * @param image the shape of the images trained on, or {@code null} for toy data (2-D points)
     * @param device where the networks live ({@code null}: the CPU)
     */
    public static Gan build(
            ValidConfig config, RandomStreams streams, BatchSource batches, ImageShape image, Device device) {
        return build(config, streams, batches, image, device, Replicas.ONE);
    }

    /**
     * As {@link #build(ValidConfig, RandomStreams, BatchSource, ImageShape, Device)}, as one of
     * {@code replicas}: {@code batches} must be its rows of each batch, and the writing process's
     * weights (G's, D's and the EMA copy's) replace the others' before the GAN is returned.
     */
    public static Gan build(
            ValidConfig config,
            RandomStreams streams,
            BatchSource batches,
            ImageShape image,
            Device device,
            Replicas replicas) {
        RunConfig c = config.config();
        GeneratorOptional init = new GeneratorOptional(streams.torch(RandomStreams.INIT));
        GeneratorNetwork generator = generator(config, image, init);
        Latent latent = latent(c);
        MutualInformation mi = mutualInformation(c, latent);
        DiscriminatorNetwork discriminator = mi == null
                ? discriminator(config, image, init)
                : new InfoganDiscriminator(
                        trunk(config, image, init),
                        c.infogan().qWidth(),
                        mi.posteriorSize(),
                        Activation.byConfigName(c.model().discriminator().activation()),
                        init);
        Devices.move(generator, device);
        Devices.move(discriminator, device);
        GeneratorEma ema = null;
        if (c.train().hasEma()) {
            GeneratorNetwork average =
                    generator(config, image, new GeneratorOptional(streams.torch(RandomStreams.INIT + "-ema")));
            Devices.move(average, device);
            ema = new GeneratorEma(generator, average, c.train().ema());
        }
        replicas.shareWeights(generator);
        replicas.shareWeights(discriminator);
        if (ema != null) {
            replicas.shareWeights(ema.average());
        }
        replicas.batchRows().rows(c.data().batchSize());
        Objective objective = objective(c);
        StepTerms terms = new StepTerms(replicas)
                .add(AdversarialLoss.discriminator(objective))
                .add(AdversarialLoss.generator(objective));
        c.regularisers().addTo(terms);
        if (mi != null) {
            terms.add(mi.discriminatorTerm()).add(mi.generatorTerm());
        }
        return new Gan(new Gan.Parts(
                generator,
                discriminator,
                objective,
                terms.discriminator(),
                terms.generator(),
                terms.constraints(),
                mi,
                Optimisers.create(c.optimisers().generator(), generator.parameters()),
                Optimisers.create(c.optimisers().discriminator(), discriminator.parameters()),
                latent,
                batches,
                c.data().batchSize(),
                new GeneratorOptional(streams.torch(RandomStreams.NOISE)),
                ema,
                device,
                replicas));
    }

    /**
     * G's input as {@code config} describes it: z of {@code model.latent_dim} values from
     * {@code model.latent_prior}, followed by InfoGAN's codes when the config has an {@code infogan}
     * section, or by the one-hot class when {@code model.classes} &gt; 0.
     */
    public static Latent latent(RunConfig config) {
        LatentPrior prior = LatentPrior.byConfigName(config.model().latentPrior());
        InfoganConfig info = config.infogan();
        if (config.model().conditional()) {
            return new ConditionalLatent(
                    config.model().latentDim(), prior, config.model().classes());
        }
        return info == null
                ? Latent.of(prior, config.model().latentDim())
                : new InfoganLatent(config.model().latentDim(), prior, info.categorical(), info.continuous());
    }

    /**
     * InfoGAN's term for {@code config} over {@code latent} (from {@link #latent}), or {@code null} without an
     * {@code infogan} section.
     */
    static MutualInformation mutualInformation(RunConfig config, Latent latent) {
        InfoganConfig info = config.infogan();
        return info == null
                ? null
                : new MutualInformation(
                        (InfoganLatent) latent,
                        info.categoricalWeight(),
                        info.continuousWeight(),
                        info.fixedVariance());
    }

    /** The objective {@code config} names, with its parameters. */
    static Objective objective(RunConfig config) {
        return config.objective().build();
    }

    /** The GAN of a toy {@code config}, on batches from its data stream, on the CPU. */
    public static Gan toy(ValidConfig config, RandomStreams streams) {
        return toy(config, streams, Replicas.ONE);
    }

    /** As {@link #toy(ValidConfig, RandomStreams)}, as one of {@code replicas}. */
    public static Gan toy(ValidConfig config, RandomStreams streams, Replicas replicas) {
        DataConfig data = config.config().data();
        return build(
                config,
                streams,
                new ToyBatches(
                        io.gan4j.data.toy.ToyDistributions.byName(data.dataset()),
                        streams.java(RandomStreams.DATA),
                        data.batchSize(),
                        replicas.batchRows()),
                null,
                null,
                replicas);
    }

    /**
     * The generator {@code config} names, for toy points ({@code image == null}) or images;
     * class-conditional when {@code model.classes} &gt; 0.
     */
    public static GeneratorNetwork generator(ValidConfig config, ImageShape image, GeneratorOptional init) {
        RunConfig c = config.config();
        GeneratorConfig g = c.model().generator();
        int classes = c.model().classes();
        return Architectures.generator(g.architecture()).generator(g, latent(c).dim() - classes, classes, image, init);
    }

    /**
     * The discriminator {@code config} names, for toy points ({@code image == null}) or images: an
     * auto-encoder, or a trunk that scores from its features; with InfoGAN, the trunk that
     * {@link #build} puts Q on; with {@code model.classes} &gt; 0, the projection discriminator on
     * that trunk (V spectrally normalised when the trunk is).
     */
    public static DiscriminatorNetwork discriminator(ValidConfig config, ImageShape image, GeneratorOptional init) {
        DiscriminatorConfig d = config.config().model().discriminator();
        int classes = config.config().model().classes();
        return classes == 0
                ? Architectures.discriminator(d.architecture()).discriminator(d, image, init)
                : new ProjectionDiscriminator(trunk(config, image, init), classes, d.spectralNorm(), init);
    }

    /** The trunk {@code config} names: a discriminator that scores from features (mlp, dcgan or sngan). */
    static FeatureDiscriminator trunk(ValidConfig config, ImageShape image, GeneratorOptional init) {
        DiscriminatorConfig d = config.config().model().discriminator();
        return Architectures.trunk(d.architecture()).trunk(d, image, init);
    }
}
