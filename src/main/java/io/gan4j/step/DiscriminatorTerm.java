package io.gan4j.step;

import java.util.function.Function;
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

    /** The term named {@code name} whose value is {@code value} of the step. */
    static DiscriminatorTerm of(String name, Function<DiscriminatorStep, Tensor> value) {
        return new DiscriminatorTerm() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Tensor value(DiscriminatorStep step) {
                return value.apply(step);
            }
        };
    }
}
