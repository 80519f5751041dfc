package io.gan4j.step;

import java.util.function.Function;
import org.bytedeco.pytorch.Tensor;

/**
 * One term of the generator's loss: the objective's loss, EBGAN's pulling-away term, InfoGAN's
 * −λ·L_I. G's step sums its terms in order and logs each under its {@link #name()}.
 */
public interface GeneratorTerm {

    /** The term's name in the log and in a divergence report, e.g. {@code g_pulling_away}. */
    String name();

    /** The term: a scalar, differentiable in G's parameters. */
    Tensor value(GeneratorStep step);

    /** The term named {@code name} whose value is {@code value} of the step. */
    static GeneratorTerm of(String name, Function<GeneratorStep, Tensor> value) {
        return new GeneratorTerm() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Tensor value(GeneratorStep step) {
                return value.apply(step);
            }
        };
    }
}
