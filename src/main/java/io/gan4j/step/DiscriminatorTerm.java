package io.gan4j.step;

import org.bytedeco.pytorch.Tensor;

/**
 * One term of the discriminator's loss: the objective's loss, a gradient penalty, InfoGAN's
 * −λ·L_I. D's step sums its terms in order and logs each under its {@link #name()}.
 */
public interface DiscriminatorTerm {

    /** The term's name in the log and in a divergence report, e.g. {@code d_penalty}. */
    String name();

    /** The term: a scalar, differentiable in D's parameters. */
    Tensor value(DiscriminatorStep step);
}
