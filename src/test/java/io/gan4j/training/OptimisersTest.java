package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.config.OptimiserConfig;
import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Optimisers")
class OptimisersTest extends TorchTest {

    /** Two steps on loss_t = c_t·θ (gradients c_1, c_2), returning θ after each, from θ = 0. */
    private static double[] twoSteps(OptimiserConfig config, double c1, double c2) {
        Tensor theta = Tensor.create(new double[] {0.0}, 1).set_requires_grad(true);
        Optimizer opt = Optimisers.create(config, new TensorVector(theta));
        double[] after = new double[2];
        double[] cs = {c1, c2};
        for (int t = 0; t < 2; t++) {
            opt.zero_grad();
            theta.mul(Tensors.scalar(cs[t])).sum().backward();
            opt.step();
            after[t] = theta.item_double();
        }
        return after;
    }

    @Test
    @DisplayName("Adam uses β₁ and β₂ as given (the presets' tuple is laid out in reverse)")
    void adamBetas() {
        double lr = 0.01;
        double b1 = 0.5;
        double b2 = 0.9;
        double[] theta = twoSteps(OptimiserConfig.adam(lr, b1, b2), 1.0, 3.0);
        assertThat(theta[0]).isCloseTo(-lr, within(1e-9));
        double mHat = (b1 + 3) / (1 + b1);
        double vHat = (b2 + 9) / (1 + b2);
        assertThat(theta[1] - theta[0]).isCloseTo(-lr * mHat / (Math.sqrt(vHat) + 1e-8), within(1e-9));
    }

    @Test
    @DisplayName("RMSProp: v = α v + (1 − α) g², θ −= lr g / (√v + ε)")
    void rmsprop() {
        double lr = 0.001;
        double[] theta = twoSteps(OptimiserConfig.rmsprop(lr), 2.0, 1.0);
        double v1 = 0.01 * 4;
        assertThat(theta[0]).isCloseTo(-lr * 2 / (Math.sqrt(v1) + 1e-8), within(1e-9));
        double v2 = 0.99 * v1 + 0.01;
        assertThat(theta[1] - theta[0]).isCloseTo(-lr / (Math.sqrt(v2) + 1e-8), within(1e-9));
    }

    @Test
    @DisplayName("SGD: θ −= lr g")
    void sgd() {
        double[] theta = twoSteps(new OptimiserConfig("sgd", 0.1, 0.9, 0.999, 0.99, 0.0), 2.0, 1.0);
        assertThat(theta[0]).isCloseTo(-0.2, within(1e-12));
        assertThat(theta[1]).isCloseTo(-0.3, within(1e-12));
    }
}
