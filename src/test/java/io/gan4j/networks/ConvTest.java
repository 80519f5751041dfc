package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.conv2d;
import static org.bytedeco.pytorch.global.torch.conv_transpose2d;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.pytorch.Conv2dImpl;
import org.bytedeco.pytorch.Conv2dOptions;
import org.bytedeco.pytorch.ConvTranspose2dImpl;
import org.bytedeco.pytorch.ConvTranspose2dOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch.ScalarType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Conv")
class ConvTest extends TorchTest {

    private static GeneratorOptional init(long seed) {
        return new GeneratorOptional(createCPUGenerator(seed));
    }

    private static Tensor input(long n, long c, long side, long seed) {
        return randn(new long[] {n, c, side, side}, init(seed));
    }

    private static double maxAbsDiff(Tensor a, Tensor b) {
        return a.detach().sub(b.detach()).abs().max().item_double();
    }

    private static double maxAbs(Tensor t) {
        return t.detach().abs().max().item_double();
    }

    /** libtorch's own Conv2d module with {@code conv}'s weights. */
    private static Conv2dImpl torchConv(Conv conv, long stride, long padding) {
        long out = conv.weight().size(0);
        long in = conv.weight().size(1);
        long k = conv.weight().size(2);
        Conv2dOptions options = new Conv2dOptions(in, out, new LongPointer(k, k));
        options.stride().put(stride).put(1, stride);
        options.padding().put(new LongPointer(padding, padding));
        Conv2dImpl module = new Conv2dImpl(options);
        try (NoGradGuard guard = new NoGradGuard()) {
            module.weight().copy_(conv.weight());
            module.bias().copy_(conv.bias());
        }
        return module;
    }

    /** libtorch's own ConvTranspose2d module with {@code conv}'s weights. */
    private static ConvTranspose2dImpl torchTransposed(Conv conv, long stride, long padding) {
        long in = conv.weight().size(0);
        long out = conv.weight().size(1);
        long k = conv.weight().size(2);
        ConvTranspose2dOptions options = new ConvTranspose2dOptions(in, out, new LongPointer(k, k));
        options.stride().put(stride).put(1, stride);
        options.padding().put(padding).put(1, padding);
        ConvTranspose2dImpl module = new ConvTranspose2dImpl(options);
        try (NoGradGuard guard = new NoGradGuard()) {
            module.weight().copy_(conv.weight());
            module.bias().copy_(conv.bias());
        }
        return module;
    }

    @Nested
    @DisplayName("computes what libtorch computes on the same weights")
    class AgreesWithLibtorch {

        @ParameterizedTest(name = "{0}→{1} channels, {2}×{2} stride {3} padding {4}")
        @CsvSource({"3, 8, 3, 1, 1", "8, 16, 4, 2, 1", "1, 4, 5, 1, 2", "4, 2, 4, 2, 0"})
        @DisplayName("a convolution equals torch::nn::Conv2d and torch::conv2d (1e-5)")
        void convolution(long in, long out, long k, long stride, long padding) {
            Conv conv = Conv.conv(in, out, k, stride, padding, false, WeightInit.UNIFORM_FAN_IN, init(1));
            Tensor x = input(2, in, 12, 2);
            Tensor y = conv.forward(x);
            assertThat(maxAbsDiff(y, torchConv(conv, stride, padding).forward(x)))
                    .isLessThan(1e-5);
            Tensor direct = conv2d(
                    x,
                    conv.weight(),
                    new TensorOptional(conv.bias()),
                    new long[] {stride, stride},
                    new long[] {padding, padding},
                    new long[] {1, 1},
                    1);
            assertThat(maxAbsDiff(y, direct)).isLessThan(1e-5);
            assertThat(maxAbs(y)).as("not trivially zero").isGreaterThan(0.01);
        }

        @ParameterizedTest(name = "{0}→{1} channels, {2}×{2} stride {3} padding {4}")
        @CsvSource({"8, 4, 4, 2, 1", "3, 5, 3, 1, 1", "4, 1, 4, 2, 0", "2, 3, 5, 3, 2"})
        @DisplayName("a transposed convolution equals torch::nn::ConvTranspose2d and torch::conv_transpose2d (1e-5)")
        void transposed(long in, long out, long k, long stride, long padding) {
            Conv conv = Conv.transposed(in, out, k, stride, padding, false, WeightInit.UNIFORM_FAN_IN, init(3));
            Tensor x = input(2, in, 6, 4);
            Tensor y = conv.forward(x);
            assertThat(maxAbsDiff(y, torchTransposed(conv, stride, padding).forward(x)))
                    .isLessThan(1e-5);
            Tensor direct = conv_transpose2d(
                    x,
                    conv.weight(),
                    new TensorOptional(conv.bias()),
                    new long[] {stride, stride},
                    new long[] {padding, padding},
                    new long[] {0, 0},
                    1,
                    1,
                    1);
            assertThat(maxAbsDiff(y, direct)).isLessThan(1e-5);
            assertThat(maxAbs(y)).as("not trivially zero").isGreaterThan(0.01);
        }

        @Test
        @DisplayName("3×3 ones over a 3×3 image of ones with padding 1, bias ½: 4½ in corners, 6½ on edges, 9½ in the "
                + "middle")
        void handComputedConvolution() {
            Conv conv = Conv.conv(1, 1, 3, 1, 1, false, WeightInit.NORMAL_002, init(1));
            try (NoGradGuard guard = new NoGradGuard()) {
                conv.weight().fill_(Tensors.scalar(1.0));
                conv.bias().fill_(Tensors.scalar(0.5));
            }
            float[] y =
                    Tensors.toFloats(conv.forward(Tensor.create(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, 1, 1, 3, 3)));
            assertThat(y).containsExactly(4.5f, 6.5f, 4.5f, 6.5f, 9.5f, 6.5f, 4.5f, 6.5f, 4.5f);
        }

        @Test
        @DisplayName(
                "4×4 ones, stride 2, padding 1, over 2×2 ones: each output counts the kernels covering it (1, 2, 2, "
                        + "1)²")
        void handComputedTransposed() {
            Conv conv = Conv.transposed(1, 1, 4, 2, 1, false, WeightInit.NORMAL_002, init(1));
            try (NoGradGuard guard = new NoGradGuard()) {
                conv.weight().fill_(Tensors.scalar(1.0));
            }
            float[] y = Tensors.toFloats(conv.forward(Tensor.create(new float[] {1, 1, 1, 1}, 1, 1, 2, 2)));
            assertThat(y).containsExactly(1, 2, 2, 1, 2, 4, 4, 2, 2, 4, 4, 2, 1, 2, 2, 1);
        }
    }

    @Nested
    @DisplayName("computes in float what a double-precision computation gives, forward and backward")
    class AgreesWithDoublePrecision {

        /**
         * libtorch has no oneDNN kernels for doubles, so this is the reference that catches oneDNN's
         * wrong float convolutions on some CPUs ({@link io.gan4j.torch.OneDnnCheck}): each of these
         * shapes was off by 25–100 % here before the check turned oneDNN off.
         */
        @ParameterizedTest(name = "{0}: {1}→{2} channels, {3}×{3} stride {4}")
        @CsvSource({
            "transposed, 1, 1, 4, 2",
            "transposed, 8, 3, 4, 2",
            "transposed, 17, 16, 4, 2",
            "convolution, 64, 3, 3, 1",
            "convolution, 16, 8, 4, 1",
            "convolution, 17, 16, 3, 1",
            "convolution, 48, 48, 3, 1"
        })
        @DisplayName("output, input gradient and weight gradient to 1e-4 of their scale")
        void forwardAndBackward(String kind, long in, long out, long k, long stride) {
            boolean transposed = kind.equals("transposed");
            Conv conv = transposed
                    ? Conv.transposed(in, out, k, stride, 1, false, WeightInit.UNIFORM_FAN_IN, init(5))
                    : Conv.conv(in, out, k, stride, 1, false, WeightInit.UNIFORM_FAN_IN, init(5));
            Tensor x = input(3, in, 7, 6).requires_grad_(true);
            Tensor y = conv.forward(x);
            Tensor upstream = randn(y.sizes().vec().get(), init(7));
            y.mul(upstream).sum().backward();

            Tensor xd = x.detach().to(ScalarType.Double).requires_grad_(true);
            Tensor wd = conv.weight().detach().to(ScalarType.Double).requires_grad_(true);
            Tensor bd = conv.bias().detach().to(ScalarType.Double);
            long[] s = {stride, stride};
            long[] p = {1, 1};
            Tensor yd = transposed
                    ? conv_transpose2d(xd, wd, new TensorOptional(bd), s, p, new long[] {0, 0}, 1, new long[] {1, 1})
                    : conv2d(xd, wd, new TensorOptional(bd), s, p, new long[] {1, 1}, 1);
            yd.mul(upstream.to(ScalarType.Double)).sum().backward();

            assertThat(relative(y, yd)).as("output").isLessThan(1e-4);
            assertThat(relative(x.grad(), xd.grad())).as("input gradient").isLessThan(1e-4);
            assertThat(relative(conv.weight().grad(), wd.grad()))
                    .as("weight gradient")
                    .isLessThan(1e-4);
        }

        private double relative(Tensor f, Tensor d) {
            return maxAbsDiff(f.to(ScalarType.Double), d) / maxAbs(d);
        }
    }

    @Nested
    @DisplayName("output sizes")
    class OutputSizes {

        @ParameterizedTest(name = "side {0}")
        @CsvSource({"4", "7", "13", "28"})
        @DisplayName("3×3 stride 1 padding 1 keeps the side")
        void same(long side) {
            Conv conv = Conv.conv(2, 3, 3, 1, 1, false, WeightInit.NORMAL_002, init(1));
            assertThat(conv.forward(input(1, 2, side, 2)).shape()).containsExactly(1, 3, side, side);
        }

        @ParameterizedTest(name = "side {0}")
        @CsvSource({"4", "8", "14", "28"})
        @DisplayName("4×4 stride 2 padding 1 halves the side; transposed, it doubles it")
        void halfAndDouble(long side) {
            Conv down = Conv.conv(2, 3, 4, 2, 1, false, WeightInit.NORMAL_002, init(1));
            assertThat(down.forward(input(1, 2, side, 2)).shape()).containsExactly(1, 3, side / 2, side / 2);
            Conv up = Conv.transposed(2, 3, 4, 2, 1, false, WeightInit.NORMAL_002, init(1));
            assertThat(up.forward(input(1, 2, side, 2)).shape()).containsExactly(1, 3, 2 * side, 2 * side);
        }

        @Test
        @DisplayName(
                "weights are stored (out, in, k, k) for a convolution and (in, out, k, k) transposed, as PyTorch's")
        void weightLayouts() {
            assertThat(Conv.conv(2, 5, 3, 1, 1, false, WeightInit.NORMAL_002, init(1))
                            .weight()
                            .shape())
                    .containsExactly(5, 2, 3, 3);
            assertThat(Conv.transposed(2, 5, 4, 2, 1, false, WeightInit.NORMAL_002, init(1))
                            .weight()
                            .shape())
                    .containsExactly(2, 5, 4, 4);
        }
    }

    @Nested
    @DisplayName("initial weights")
    class Initialisation {

        @Test
        @DisplayName("NORMAL_002: std within 10% of 0.02, mean within 0.002 of 0, bias zero (a 256×256×3×3 layer)")
        void normal() {
            for (Conv conv : new Conv[] {
                Conv.conv(256, 256, 3, 1, 1, false, WeightInit.NORMAL_002, init(5)),
                Conv.transposed(256, 256, 3, 1, 1, false, WeightInit.NORMAL_002, init(6))
            }) {
                Tensor w = conv.weight().detach();
                assertThat(w.std().item_double()).isCloseTo(0.02, within(0.002));
                assertThat(w.mean().item_double()).isCloseTo(0.0, within(0.002));
                assertThat(maxAbs(conv.bias())).isEqualTo(0.0);
            }
        }

        @Test
        @DisplayName("UNIFORM_FAN_IN for a convolution: |w|, |b| ≤ 1/√(in·k·k), the max within 1% of the bound")
        void uniformConvolution() {
            // in·k·k = 64·9 = 576 → 1/24; out·k·k would give 1/√288 ≈ 0.059
            Conv conv = Conv.conv(64, 32, 3, 1, 1, false, WeightInit.UNIFORM_FAN_IN, init(7));
            double bound = 1.0 / 24;
            assertThat(maxAbs(conv.weight())).isLessThanOrEqualTo(bound).isCloseTo(bound, within(0.01 * bound));
            assertThat(maxAbs(conv.bias())).isLessThanOrEqualTo(bound);
        }

        @Test
        @DisplayName("UNIFORM_FAN_IN for a transposed convolution: fan_in = out·k·k, PyTorch's rule")
        void uniformTransposed() {
            // weight (64, 16, 4, 4): fan_in = out·k·k = 16·16 = 256 → 1/16; in·k·k would give 1/32
            Conv conv = Conv.transposed(64, 16, 4, 2, 1, false, WeightInit.UNIFORM_FAN_IN, init(8));
            double bound = 1.0 / 16;
            assertThat(maxAbs(conv.weight())).isLessThanOrEqualTo(bound).isCloseTo(bound, within(0.01 * bound));
            assertThat(maxAbs(conv.bias())).isLessThanOrEqualTo(bound);
        }

        @Test
        @DisplayName("the bounds are libtorch's own default ones for the same layers")
        void sameBoundsAsLibtorch() {
            Conv2dImpl conv = new Conv2dImpl(new Conv2dOptions(64, 32, new LongPointer(3L, 3L)));
            assertThat(maxAbs(conv.weight())).isLessThanOrEqualTo(1.0 / 24).isCloseTo(1.0 / 24, within(0.01 / 24));
            ConvTranspose2dImpl up =
                    new ConvTranspose2dImpl(new ConvTranspose2dOptions(64, 16, new LongPointer(4L, 4L)));
            assertThat(maxAbs(up.weight())).isLessThanOrEqualTo(1.0 / 16).isCloseTo(1.0 / 16, within(0.01 / 16));
        }

        @Test
        @DisplayName("the same init stream gives the same weights")
        void seeded() {
            Conv a = Conv.transposed(8, 4, 4, 2, 1, false, WeightInit.UNIFORM_FAN_IN, init(9));
            Conv b = Conv.transposed(8, 4, 4, 2, 1, false, WeightInit.UNIFORM_FAN_IN, init(9));
            Conv c = Conv.transposed(8, 4, 4, 2, 1, false, WeightInit.UNIFORM_FAN_IN, init(10));
            assertThat(a.weight().equal(b.weight())).isTrue();
            assertThat(a.bias().equal(b.bias())).isTrue();
            assertThat(a.weight().equal(c.weight())).isFalse();
        }
    }
}
