package io.gan4j.regularisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;

import io.gan4j.networks.Activation;
import io.gan4j.networks.MlpDiscriminator;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Weight clipping")
class WeightClippingTest extends TorchTest {

    @Test
    @DisplayName("puts every parameter in [−c, c] and leaves those inside unchanged")
    void clipsEveryParameter() {
        MlpDiscriminator critic = new MlpDiscriminator(
                2, 1, 32, 2, Activation.RELU, false, false, new GeneratorOptional(createCPUGenerator(1)));
        TensorVector ps = critic.parameters();
        double before = ps.get(0).abs().max().item_double();
        assertThat(before).isGreaterThan(0.05);
        Tensor insideBefore = ps.get(0).detach().clone();
        new WeightClipping(0.05).apply(critic);
        long atBound = 0;
        for (long i = 0; i < ps.size(); i++) {
            Tensor p = ps.get(i);
            assertThat(p.abs().max().item_double()).isLessThanOrEqualTo(0.05 + 1e-9);
            atBound += p.abs()
                    .ge(new org.bytedeco.pytorch.Scalar(0.05 - 1e-7))
                    .sum()
                    .item_long();
        }
        assertThat(atBound).isGreaterThan(0);
        Tensor inside = insideBefore.abs().lt(new org.bytedeco.pytorch.Scalar(0.05));
        assertThat(ps.get(0).detach().masked_select(inside).equal(insideBefore.masked_select(inside)))
                .isTrue();
    }

    @Test
    void rejectsNonPositiveClip() {
        assertThatThrownBy(() -> new WeightClipping(-0.01)).hasMessage("clip must be positive, found -0.01");
    }
}
