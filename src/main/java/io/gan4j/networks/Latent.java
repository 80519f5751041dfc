package io.gan4j.networks;

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
