package io.gan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.objectives.Objective;
import io.gan4j.objectives.Wasserstein;
import java.util.function.UnaryOperator;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The objective contract")
class ObjectiveContractTest {

    /** The Wasserstein objective with its name and its D and G losses changed by the given functions. */
    private static Objective broken(String name, UnaryOperator<Tensor> d, UnaryOperator<Tensor> g) {
        Objective w = new Wasserstein();
        return new Objective() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
                return d.apply(w.discriminatorLoss(realScores, fakeScores));
            }

            @Override
            public Tensor generatorLoss(Tensor fakeScores) {
                return g.apply(w.generatorLoss(fakeScores));
            }
        };
    }

    @Test
    @DisplayName("a sound objective has no violations")
    void sound() {
        assertThat(ObjectiveContract.violations(broken("my-loss", t -> t, t -> t)))
                .isEmpty();
    }

    @Test
    @DisplayName("a bad name, reversed losses and NaN are each named")
    void brokenOnes() {
        assertThat(ObjectiveContract.violations(broken("My Loss", t -> t, t -> t)))
                .containsExactly("its name must be lower-case words joined by '-', found 'My Loss'");
        assertThat(ObjectiveContract.violations(broken("reversed", Tensor::neg, Tensor::neg)))
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).startsWith("D's loss must be lower when real data is scored higher"))
                .anySatisfy(v ->
                        assertThat(v).startsWith("G's loss must be lower when its samples are scored higher than"));
        // t / 0: ±∞, whose gradient is not finite either
        assertThat(ObjectiveContract.violations(broken("infinite", t -> t.div(t.sub(t)), t -> t)))
                .contains("D's loss must be finite, found Infinity")
                .contains("D's loss must have finite gradients with respect to the scores");
        assertThat(ObjectiveContract.violations(broken("vector", t -> t.expand(new long[] {3}), t -> t)))
                .contains("D's loss must be a scalar, found 3 elements");
    }
}
