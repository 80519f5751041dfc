package io.gan4j.training;

import io.gan4j.config.DiscriminatorConfig;
import io.gan4j.config.GeneratorConfig;
import io.gan4j.config.RegularisersConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.data.toy.ToyDistributions;
import io.gan4j.networks.Activation;
import io.gan4j.networks.LatentPrior;
import io.gan4j.networks.MlpDiscriminator;
import io.gan4j.networks.MlpGenerator;
import io.gan4j.objectives.Objectives;
import io.gan4j.regularisers.GradientPenalty;
import io.gan4j.regularisers.WeightClipping;
import io.gan4j.torch.RandomStreams;
import org.bytedeco.pytorch.GeneratorOptional;

/** Builds the {@link Gan} a validated toy {@link RunConfig} describes, its randomness from {@link RandomStreams}. */
public final class ToyGanFactory {

    private ToyGanFactory() {
    }

    /** The GAN of {@code config}; call outside any {@code PointerScope} (its tensors live for the run). */
    public static Gan build(RunConfig config, RandomStreams streams) {
        config.validate();
        ToyDistribution data = ToyDistributions.byName(config.data().dataset());
        GeneratorOptional init = new GeneratorOptional(streams.torch(RandomStreams.INIT));
        GeneratorConfig g = config.model().generator();
        DiscriminatorConfig d = config.model().discriminator();
        MlpGenerator generator = new MlpGenerator(config.model().latentDim(), 2, g.width(), g.depth(),
            Activation.byConfigName(g.activation()), g.batchNorm(), init);
        MlpDiscriminator discriminator = new MlpDiscriminator(2, d.packing(), d.width(), d.depth(),
            Activation.byConfigName(d.activation()), d.batchNorm(), d.spectralNorm(), init);
        RegularisersConfig r = config.regularisers();
        return new Gan(generator, discriminator, Objectives.byName(config.objective()),
            r.gradientPenalty() == null ? null
                : new GradientPenalty(r.gradientPenalty().weight(), r.gradientPenalty().oneSided()),
            r.weightClipping() == null ? null : new WeightClipping(r.weightClipping().clip()),
            Optimisers.create(config.optimisers().generator(), generator.parameters()),
            Optimisers.create(config.optimisers().discriminator(), discriminator.parameters()),
            LatentPrior.byConfigName(config.model().latentPrior()),
            new ToyBatches(data, streams.java(RandomStreams.DATA), config.data().batchSize()),
            config.data().batchSize(),
            new GeneratorOptional(streams.torch(RandomStreams.NOISE)));
    }
}
