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

    /**
     * One forward pass: D's scores and Q's parameters.
     *
     * @param scores shape (n)
     * @param posterior Q's raw parameters, shape (n, {@link QHead#outputs()})
     */
    public record Judged(Tensor scores, Tensor posterior) {
    }

    private final QHead q;

    /**
     * @param trunk a discriminator without packing that exposes its features ({@link DiscriminatorNetwork#featureSize()} &gt; 0)
     * @param qWidth units of Q's hidden layer (the paper: 128)
     * @param posteriorSize the number of Q's parameters per sample
     * @param activation Q's hidden nonlinearity (the trunk's)
     */
    public InfoganDiscriminator(DiscriminatorNetwork trunk, int qWidth, int posteriorSize, Activation activation,
                                GeneratorOptional init) {
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

    @Override
    public long featureSize() {
        return trunk().featureSize();
    }

    @Override
    public Scored forwardWithFeatures(Tensor x) {
        return trunk().forwardWithFeatures(x);
    }

    /** Samples, shape (n, …) → D's scores (n) and Q's parameters (n, posteriorSize), the trunk run once. */
    public Judged judge(Tensor x) {
        Scored s = trunk().forwardWithFeatures(x);
        return new Judged(s.scores(), q.forward(s.features()));
    }
}
