package io.gan4j.networks;

import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * How a layer's initial weights are drawn, always from the run's {@code init} stream.
 *
 * <ul>
 *   <li>{@link #UNIFORM_FAN_IN}: W, b ~ U(−1/√fan_in, 1/√fan_in), libtorch's default for linear and
 *       convolution layers (Kaiming-uniform with a = √5); fan_in = in·k·k, and for a transposed
 *       convolution, whose weight is (in, out, k, k), out·k·k, as PyTorch computes it.</li>
 *   <li>{@link #NORMAL_002}: W ~ N(0, 0.02²), b = 0 (Radford et al. 2016, DCGAN, section 4: "all
 *       weights were initialized from a zero-centered Normal distribution with standard deviation
 *       0.02"; the SNGAN code uses the same scale).</li>
 * </ul>
 */
public enum WeightInit {
    UNIFORM_FAN_IN,
    NORMAL_002;

    /** Initialises {@code weight} and {@code bias} (which may be {@code null}) in place. */
    void apply(Tensor weight, Tensor bias, long fanIn, GeneratorOptional init) {
        try (NoGradGuard guard = new NoGradGuard()) {
            if (this == NORMAL_002) {
                weight.normal_(0.0, 0.02, init);
                if (bias != null) {
                    bias.zero_();
                }
            } else {
                double bound = 1.0 / Math.sqrt(fanIn);
                weight.uniform_(-bound, bound, init);
                if (bias != null) {
                    bias.uniform_(-bound, bound, init);
                }
            }
        }
    }
}
