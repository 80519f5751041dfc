package io.gan4j.networks;

import java.util.function.UnaryOperator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * What the generator takes as input and how to draw it: z from a {@link LatentPrior} ({@link #of}),
 * or InfoGAN's noise and codes ({@link InfoganLatent}).
 */
public interface Latent {

    /** The generator's input size. */
    int dim();

    /** The prior of the incompressible noise (all of the input for a plain GAN). */
    LatentPrior noisePrior();

    /** n inputs drawn from {@code stream}: shape (n, {@link #dim()}), on the CPU. */
    Tensor sample(long n, GeneratorOptional stream);

    /** The number of classes G is conditioned on; 0 for an unconditional latent. */
    default int classes() {
        return 0;
    }

    /**
     * A batch of G's inputs and what they were drawn from, for the terms of a training step to read.
     *
     * @param input G's input, shape (n, {@link #dim()})
     * @param labels the classes drawn (a {@link ConditionalLatent}), shape (n), int64, or {@code null}
     * @param codes InfoGAN's noise and codes ({@link InfoganLatent}), or {@code null}
     */
    record Draw(Tensor input, Tensor labels, InfoganLatent.Codes codes) {

        /** This draw with {@code f} applied to each of its tensors (taking rows, moving to a device). */
        public Draw map(UnaryOperator<Tensor> f) {
            return new Draw(
                    f.apply(input),
                    labels == null ? null : f.apply(labels),
                    codes == null
                            ? null
                            : new InfoganLatent.Codes(
                                    f.apply(codes.noise()), f.apply(codes.categories()), f.apply(codes.continuous())));
        }
    }

    /** n inputs drawn from {@code stream}, as {@link #sample}, with what they were drawn from; on the CPU. */
    default Draw draw(long n, GeneratorOptional stream) {
        return new Draw(sample(n, stream), null, null);
    }

    /** z ∈ R^dim from {@code prior}: the input of a GAN without codes. */
    static Latent of(LatentPrior prior, int dim) {
        return new Plain(prior, dim);
    }

    /** z alone: {@link #sample} draws {@code prior.sample(n, dim, stream)}. */
    record Plain(LatentPrior noisePrior, int dim) implements Latent {

        @Override
        public Tensor sample(long n, GeneratorOptional stream) {
            return noisePrior.sample(n, dim, stream);
        }
    }
}
