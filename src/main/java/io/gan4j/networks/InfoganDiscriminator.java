package io.gan4j.networks;

import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * InfoGAN's discriminator and recognition network together (Chen et al. 2016, section 5): D's
 * trunk scores a sample from its features, and the {@link QHead} reads the same features to give
 * the parameters of Q(c | x). Q adds "a negligible computation cost to GAN" (one dense layer and
 * its output) and, being part of this module, is saved, checkpointed and optimised with D. Scores
 * are the trunk's; there is no packing.
 */
public final class InfoganDiscriminator extends TrunkDiscriminator {

    private final QHead q;

    /**
     * @param trunk a discriminator without packing
     * @param qWidth units of Q's hidden layer (the paper: 128)
     * @param posteriorSize the number of Q's parameters per sample
     * @param activation Q's hidden nonlinearity (the trunk's)
     */
    public InfoganDiscriminator(
            FeatureDiscriminator trunk, int qWidth, int posteriorSize, Activation activation, GeneratorOptional init) {
        super(trunk, "InfoGAN's Q");
        this.q = register_module("q", new QHead(trunk.featureSize(), qWidth, posteriorSize, activation, init));
    }

    /** The recognition head. */
    public QHead q() {
        return q;
    }

    /** The trunk's dense layers, then Q's (Q's own batch norm never touches a score). */
    @Override
    public List<Dense> denseLayers() {
        return Layers.concat(trunk().denseLayers(), q.denseLayers());
    }

    /** Samples, shape (n, …) → scores, shape (n): the trunk's, without Q. */
    @Override
    public Tensor forward(Tensor x) {
        return trunk().forward(x);
    }

    /**
     * Samples, shape (n, …) → D's scores (n) and Q's raw parameters (n, {@link QHead#outputs()}) as
     * the posterior, the trunk run once.
     */
    @Override
    public Judgement judge(Tensor x, Tensor labels) {
        requireNoLabels(labels);
        Scored s = trunk().forwardWithFeatures(x);
        return new Judgement(s.scores(), null, q.forward(s.features()));
    }
}
