package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.config.DataConfig;
import io.gan4j.config.DiscriminatorConfig;
import io.gan4j.config.GeneratorConfig;
import io.gan4j.config.ModelConfig;
import io.gan4j.config.ObjectiveConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.TorchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A GAN's steps")
class GanStepsTest extends TorchTest {

    static RunConfig small(String objective) {
        RunConfig d = RunConfig.defaults();
        return new RunConfig(
                "t",
                3,
                d.threads(),
                "cpu",
                new DataConfig("ring", 64, null, "train", 0, 0, false, null, null, 1),
                new ModelConfig(
                        2,
                        "normal",
                        new GeneratorConfig("mlp", 32, 2, "relu", "batch", false, 0, 0),
                        new DiscriminatorConfig("mlp", 32, 2, "relu", "none", false, 2, 0, 0, 0)),
                null,
                ObjectiveConfig.of(objective),
                d.regularisers(),
                d.optimisers(),
                d.train(),
                d.log());
    }

    @ParameterizedTest
    @ValueSource(strings = {"non-saturating", "wasserstein"})
    @DisplayName("a discriminator step changes D and leaves G's parameters untouched")
    void discriminatorStepLeavesGeneratorAlone(String objective) {
        Gan gan = GanFactory.toy(ValidConfig.of(small(objective)), new RandomStreams(5));
        ParameterSnapshot g = ParameterSnapshot.of(gan.generator());
        ParameterSnapshot d = ParameterSnapshot.of(gan.discriminator());
        gan.discriminatorStep(null);
        assertThat(g.unchanged(gan.generator())).isTrue();
        assertThat(d.unchanged(gan.discriminator())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"non-saturating", "wasserstein"})
    @DisplayName("a generator step changes G and leaves D's parameters untouched")
    void generatorStepLeavesDiscriminatorAlone(String objective) {
        Gan gan = GanFactory.toy(ValidConfig.of(small(objective)), new RandomStreams(5));
        ParameterSnapshot g = ParameterSnapshot.of(gan.generator());
        ParameterSnapshot d = ParameterSnapshot.of(gan.discriminator());
        gan.generatorStep(null);
        assertThat(d.unchanged(gan.discriminator())).isTrue();
        assertThat(g.unchanged(gan.generator())).isFalse();
    }

    @Test
    @DisplayName("the same seed builds the same initial weights; another seed different ones")
    void seedFixesInitialWeights() {
        ParameterSnapshot a = ParameterSnapshot.of(GanFactory.toy(ValidConfig.of(small("hinge")), new RandomStreams(9))
                .discriminator());
        Gan same = GanFactory.toy(ValidConfig.of(small("hinge")), new RandomStreams(9));
        Gan other = GanFactory.toy(ValidConfig.of(small("hinge")), new RandomStreams(10));
        assertThat(a.unchanged(same.discriminator())).isTrue();
        assertThat(a.unchanged(other.discriminator())).isFalse();
    }

    @Test
    @DisplayName("a logged step records both players' losses and gradient norms")
    void loggedStepRecordsFigures() {
        Gan gan = GanFactory.toy(ValidConfig.of(small("minimax")), new RandomStreams(1));
        StepLog log = new StepLog(1);
        gan.discriminatorStep(log);
        gan.generatorStep(log);
        assertThat(log.values().keySet())
                .containsExactly("step", "d_loss", "d_grad_norm", "d_real", "d_fake", "g_loss", "g_grad_norm");
        assertThat(log.get("d_grad_norm")).isPositive();
    }
}
