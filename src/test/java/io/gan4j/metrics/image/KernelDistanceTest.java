package io.gan4j.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The kernel distance (KID)")
class KernelDistanceTest extends TorchTest {

    @Test
    @DisplayName("of x = {0, 1}, y = {2, 3} in 1-D with k = (xy + 1)³ is 1 + 343 − 2·93/4 = 297.5")
    void handComputed() {
        Tensor x = Tensor.create(new double[] {0, 1}, 2, 1);
        Tensor y = Tensor.create(new double[] {2, 3}, 2, 1);
        assertThat(KernelDistance.mmd2(x, y)).isCloseTo(297.5, within(1e-9));
    }

    @Test
    @DisplayName("is unbiased: near 0 between two samples of one distribution, clearly positive after a shift")
    void unbiased() {
        Tensor a = randn(new long[] {3000, 8}, new GeneratorOptional(createCPUGenerator(1)));
        Tensor b = randn(new long[] {3000, 8}, new GeneratorOptional(createCPUGenerator(2)));
        MeanAndSpread same = KernelDistance.of(a, b, 50, 500, new GeneratorOptional(createCPUGenerator(3)));
        MeanAndSpread shifted =
                KernelDistance.of(a, b.add(new Scalar(0.5)), 50, 500, new GeneratorOptional(createCPUGenerator(3)));
        assertThat(Math.abs(same.mean())).isLessThan(4 * same.std() / Math.sqrt(50) + 1e-4);
        assertThat(shifted.mean()).isGreaterThan(20 * same.std());
        assertThat(same.parts()).isEqualTo(50);
    }
}
