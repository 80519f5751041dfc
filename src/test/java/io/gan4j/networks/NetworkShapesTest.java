package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bytedeco.pytorch.Adam;
import org.bytedeco.pytorch.AdamOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.ScalarTypeOptional;
import org.bytedeco.pytorch.StringTensorDict;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every network at every supported size: the shapes of {@code forward}, the layers the papers
 * prescribe, and one real training step (loss = D(G(z)).mean(), backward, Adam) that reaches every
 * parameter.
 */
@DisplayName("Networks")
class NetworkShapesTest extends TorchTest {

    private static final int LATENT = 16;

    private static GeneratorOptional init(long seed) {
        return new GeneratorOptional(createCPUGenerator(seed));
    }

    private static Tensor z(long n, long d, long seed) {
        return randn(new long[] {n, d}, init(seed));
    }

    private static List<Long> shape(Tensor t) {
        List<Long> s = new ArrayList<>();
        for (long d : t.shape()) {
            s.add(d);
        }
        return s;
    }

    private static double maxAbs(Tensor t) {
        return t.detach().abs().max().item_double();
    }

    private static Map<String, Tensor> parameters(Module m) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        StringTensorDict dict = m.named_parameters(true);
        for (long i = 0; i < dict.size(); i++) {
            out.put(dict.get(i).key().getString(), dict.get(i).value());
        }
        return out;
    }

    private static Map<String, Tensor> copies(Map<String, Tensor> params) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        params.forEach((name, t) -> out.put(name, t.detach().clone()));
        return out;
    }

    /** The output side of {@code conv} for a 16×16 input: 16 for stride 1, 8 for stride 2 (padding 1). */
    private static long outputSide(Conv conv) {
        long in = conv.isTransposed() ? conv.weight().size(0) : conv.weight().size(1);
        return conv.forward(randn(new long[] {1, in, 16, 16}, init(99))).size(3);
    }

    /**
     * One step of loss = D(G(z)).mean() with Adam on both players, then the checks: every parameter
     * got a finite, non-zero gradient and changed, except that a bias followed by batch norm gets a
     * gradient whose sum over each normalised channel is zero (batch norm subtracts the channel's
     * batch mean, so shifting a whole channel changes nothing): a convolution's bias, one value per
     * channel, gets no gradient at all.
     *
     * @param gBeforeNorm G's biases followed by batch norm, each with the number of channels normalised
     * @param dBeforeNorm D's
     */
    private static void trainingStep(
            GeneratorNetwork g,
            DiscriminatorNetwork d,
            long batch,
            Map<String, Long> gBeforeNorm,
            Map<String, Long> dBeforeNorm) {
        Map<String, Tensor> gParams = parameters(g);
        Map<String, Tensor> dParams = parameters(d);
        assertThat(gParams.keySet()).containsAll(gBeforeNorm.keySet());
        assertThat(dParams.keySet()).containsAll(dBeforeNorm.keySet());
        Map<String, Tensor> gBefore = copies(gParams);
        Map<String, Tensor> dBefore = copies(dParams);
        Adam gOpt = new Adam(g.parameters(), new AdamOptions(1e-3));
        Adam dOpt = new Adam(d.parameters(), new AdamOptions(1e-3));
        gOpt.zero_grad();
        dOpt.zero_grad();
        d.powerIteration();
        Tensor fake = g.forward(z(batch, g.latentDim(), 3));
        Tensor loss = d.forward(d instanceof MlpDiscriminator ? fake.reshape(batch, -1) : fake)
                .mean();
        assertThat(Double.isFinite(loss.item_double())).isTrue();
        loss.backward();
        Map<String, Tensor> gGrad = gradients(gParams);
        Map<String, Tensor> dGrad = gradients(dParams);
        gOpt.step();
        dOpt.step();
        checkStep("G", gParams, gBefore, gGrad, gBeforeNorm);
        checkStep("D", dParams, dBefore, dGrad, dBeforeNorm);
    }

    /** Copies of the gradients, each checked to exist and be finite. */
    private static Map<String, Tensor> gradients(Map<String, Tensor> params) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        params.forEach((name, p) -> {
            assertThat(p.grad().defined()).as("%s has a gradient", name).isTrue();
            for (float v : Tensors.toFloats(p.grad())) {
                assertThat(Float.isFinite(v))
                        .as("%s's gradient is finite", name)
                        .isTrue();
            }
            out.put(name, p.grad().detach().clone());
        });
        return out;
    }

    private static void checkStep(
            String player,
            Map<String, Tensor> params,
            Map<String, Tensor> before,
            Map<String, Tensor> grads,
            Map<String, Long> beforeNorm) {
        double largest = grads.values().stream()
                .mapToDouble(NetworkShapesTest::maxAbs)
                .max()
                .orElseThrow();
        for (String name : params.keySet()) {
            Tensor grad = grads.get(name);
            Long channels = beforeNorm.get(name);
            if (channels != null) {
                Tensor channelSums = grad.reshape(channels, -1).sum(new long[] {1}, false, new ScalarTypeOptional());
                assertThat(maxAbs(channelSums))
                        .as("%s's %s (followed by batch norm): per-channel gradient sums vanish", player, name)
                        .isLessThanOrEqualTo(1e-4 * largest);
                if (grad.numel() == channels) {
                    continue;
                }
            }
            assertThat(maxAbs(grad)).as("%s's %s gradient", player, name).isGreaterThan(0.0);
            assertThat(params.get(name).detach().equal(before.get(name)))
                    .as("%s's %s changed", player, name)
                    .isFalse();
        }
    }

    /** {@code format} with i = from … to − 1, each normalising {@code channels.apply(i)} channels. */
    private static Map<String, Long> names(
            String format, int from, int to, java.util.function.IntToLongFunction channels) {
        Map<String, Long> s = new HashMap<>();
        for (int i = from; i < to; i++) {
            s.put(String.format(format, i), channels.applyAsLong(i));
        }
        return s;
    }

    @Nested
    @DisplayName("DcganLayout")
    class Layout {

        @ParameterizedTest(name = "side {0} is {1}·2^{2}")
        @CsvSource({"28, 7, 2", "32, 4, 3", "48, 6, 3", "64, 4, 4", "96, 6, 4", "128, 4, 5"})
        @DisplayName("picks the deepest base in [4, 7]")
        void layouts(int side, int base, int stages) {
            assertThat(DcganLayout.of(side)).isEqualTo(new DcganLayout(base, stages));
            assertThat(DcganLayout.supports(side)).isTrue();
        }

        @ParameterizedTest(name = "side {0}")
        @ValueSource(ints = {30, 36, 4})
        @DisplayName("refuses a side that is not b·2^n with 4 ≤ b ≤ 7, naming it")
        void refusals(int side) {
            assertThat(DcganLayout.supports(side)).isFalse();
            assertThatThrownBy(() -> DcganLayout.of(side))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no DCGAN layout for images of side " + side
                            + ": the side must be b·2^n with 4 ≤ b ≤ 7 and n ≥ 1 (e.g. 28, 32, 48, 64, 96, 128)");
        }
    }

    @Nested
    @DisplayName("DCGAN")
    class Dcgan {

        static Stream<Arguments> cases() {
            List<Arguments> out = new ArrayList<>();
            for (int side : new int[] {28, 32, 48, 64}) {
                for (int channels : new int[] {1, 3}) {
                    for (Norm norm : Norm.values()) {
                        out.add(Arguments.of(side, channels, norm));
                    }
                }
            }
            return out.stream();
        }

        static Stream<Arguments> casesWithPacking() {
            return cases().flatMap(a -> Stream.of(1, 2).map(m -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], m)));
        }

        @ParameterizedTest(name = "{1}×{0}×{0}, norm {2}")
        @MethodSource("cases")
        @DisplayName("G: (n, latent) → (n, C, H, W) in [−1, 1]; D: (n, C, H, W) → (n), or (n/2) with packing 2")
        void shapes(int side, int channels, Norm norm) {
            ImageShape image = new ImageShape(channels, side, side);
            DcganGenerator g = new DcganGenerator(LATENT, image, 8, norm, init(1));
            Tensor x = g.forward(z(4, LATENT, 2));
            assertThat(shape(x)).containsExactly(4L, (long) channels, (long) side, (long) side);
            assertThat(maxAbs(x)).isLessThanOrEqualTo(1.0);
            assertThat(g.layout()).isEqualTo(DcganLayout.of(side));
            assertThat(g.convLayers()).hasSize(DcganLayout.of(side).stages()).allMatch(Conv::isTransposed);

            DcganDiscriminator d = new DcganDiscriminator(image, 1, 8, norm, Activation.LEAKY_RELU, false, init(3));
            assertThat(shape(d.forward(x))).containsExactly(4L);
            assertThat(d.convLayers()).hasSize(DcganLayout.of(side).stages()).noneMatch(Conv::isTransposed);
            assertThat(d.hasBatchNorm()).isEqualTo(norm == Norm.BATCH);

            DcganDiscriminator packed =
                    new DcganDiscriminator(image, 2, 8, norm, Activation.LEAKY_RELU, false, init(3));
            assertThat(packed.packing()).isEqualTo(2);
            assertThat(shape(packed.forward(x))).containsExactly(2L);
            assertThat(packed.convLayers().get(0).weight().size(1))
                    .as("packed input channels")
                    .isEqualTo(2L * channels);
        }

        @ParameterizedTest(name = "{1}×{0}×{0}, norm {2}, packing {3}")
        @MethodSource("casesWithPacking")
        @DisplayName("one training step reaches and changes every parameter")
        void trainingStepReachesEveryParameter(int side, int channels, Norm norm, int packing) {
            ImageShape image = new ImageShape(channels, side, side);
            DcganGenerator g = new DcganGenerator(LATENT, image, 8, norm, init(4));
            DcganDiscriminator d =
                    new DcganDiscriminator(image, packing, 8, norm, Activation.LEAKY_RELU, false, init(5));
            int stages = DcganLayout.of(side).stages();
            DcganLayout layout = DcganLayout.of(side);
            Map<String, Long> gBeforeNorm = new HashMap<>();
            Map<String, Long> dBeforeNorm = new HashMap<>();
            if (norm == Norm.BATCH) {
                gBeforeNorm.put("project.linear.bias", layout.channels(8, 0));
                gBeforeNorm.putAll(names("up%d.bias", 0, stages - 1, i -> layout.channels(8, i + 1)));
                dBeforeNorm.putAll(names("down%d.bias", 1, stages, i -> layout.channels(8, stages - 1 - i)));
            }
            trainingStep(g, d, 4, gBeforeNorm, dBeforeNorm);
        }

        @Test
        @DisplayName("a batch that is not a whole number of packs is refused")
        void packsMustBeWhole() {
            ImageShape image = new ImageShape(1, 28, 28);
            DcganDiscriminator d =
                    new DcganDiscriminator(image, 2, 8, Norm.NONE, Activation.LEAKY_RELU, false, init(1));
            assertThatThrownBy(() -> d.forward(randn(image.batch(3), init(2))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a batch of 3 images cannot be split into packs of 2");
        }

        @Nested
        @DisplayName("for 28×28 MNIST with width 64 (the paper's layout)")
        class Mnist {

            private final ImageShape mnist = new ImageShape(1, 28, 28);

            @Test
            @DisplayName("G is dense 100 → 128·7·7, transposed 128 → 64 (14×14), transposed 64 → 1 (28×28)")
            void generatorLayers() {
                DcganGenerator g = new DcganGenerator(100, mnist, 64, Norm.BATCH, init(1));
                assertThat(g.denseLayers()).hasSize(1);
                assertThat(shape(g.denseLayers().get(0).weight())).containsExactly(128L * 7 * 7, 100L);
                List<Conv> ups = g.convLayers();
                assertThat(ups).hasSize(2).allMatch(Conv::isTransposed);
                assertThat(shape(ups.get(0).weight())).containsExactly(128L, 64L, 4L, 4L);
                assertThat(shape(ups.get(1).weight())).containsExactly(64L, 1L, 4L, 4L);
                assertThat(shape(ups.get(0).forward(randn(new long[] {2, 128, 7, 7}, init(2)))))
                        .containsExactly(2L, 64L, 14L, 14L);
                assertThat(shape(ups.get(1).forward(randn(new long[] {2, 64, 14, 14}, init(2)))))
                        .containsExactly(2L, 1L, 28L, 28L);
                assertThat(shape(g.forward(z(2, 100, 3)))).containsExactly(2L, 1L, 28L, 28L);
            }

            @Test
            @DisplayName("G has 766,017 parameters with batch norm, 765,633 without")
            void generatorParameters() {
                long dense = 100L * 6272 + 6272; // 633,472
                long up0 = 128L * 64 * 16 + 64; // 131,136
                long up1 = 64L * 1 * 16 + 1; // 1,025
                long norms = 2 * 128 + 2 * 64; // γ, β after the dense layer and up0
                assertThat(dense + up0 + up1 + norms).isEqualTo(766_017L);
                assertThat(new DcganGenerator(100, mnist, 64, Norm.BATCH, init(1)).parameterCount())
                        .isEqualTo(766_017L);
                assertThat(new DcganGenerator(100, mnist, 64, Norm.NONE, init(1)).parameterCount())
                        .isEqualTo(765_633L);
            }

            @Test
            @DisplayName("D is conv 1 → 64 (14×14), conv 64 → 128 (7×7), dense 6272 → 1")
            void discriminatorLayers() {
                DcganDiscriminator d =
                        new DcganDiscriminator(mnist, 1, 64, Norm.BATCH, Activation.LEAKY_RELU, false, init(1));
                List<Conv> downs = d.convLayers();
                assertThat(downs).hasSize(2).noneMatch(Conv::isTransposed);
                assertThat(shape(downs.get(0).weight())).containsExactly(64L, 1L, 4L, 4L);
                assertThat(shape(downs.get(1).weight())).containsExactly(128L, 64L, 4L, 4L);
                assertThat(shape(downs.get(0).forward(randn(new long[] {2, 1, 28, 28}, init(2)))))
                        .containsExactly(2L, 64L, 14L, 14L);
                assertThat(shape(downs.get(1).forward(randn(new long[] {2, 64, 14, 14}, init(2)))))
                        .containsExactly(2L, 128L, 7L, 7L);
                assertThat(d.denseLayers()).hasSize(1);
                assertThat(shape(d.denseLayers().get(0).weight())).containsExactly(1L, 6272L);
            }

            @Test
            @DisplayName("D has 138,817 parameters with batch norm (none on the first layer), 138,561 without")
            void discriminatorParameters() {
                long down0 = 64L * 1 * 16 + 64; // 1,088
                long down1 = 128L * 64 * 16 + 128; // 131,200
                long norm1 = 2 * 128; // γ, β after down1
                long dense = 6272 + 1;
                assertThat(down0 + down1 + norm1 + dense).isEqualTo(138_817L);
                assertThat(new DcganDiscriminator(mnist, 1, 64, Norm.BATCH, Activation.LEAKY_RELU, false, init(1))
                                .parameterCount())
                        .isEqualTo(138_817L);
                assertThat(new DcganDiscriminator(mnist, 1, 64, Norm.NONE, Activation.LEAKY_RELU, false, init(1))
                                .parameterCount())
                        .isEqualTo(138_561L);
            }
        }
    }

    @Nested
    @DisplayName("SNGAN standard CNN")
    class Sngan {

        static Stream<Arguments> cases() {
            List<Arguments> out = new ArrayList<>();
            for (int side : new int[] {32, 48}) {
                for (int channels : new int[] {1, 3}) {
                    for (boolean sn : new boolean[] {true, false}) {
                        out.add(Arguments.of(side, channels, sn));
                    }
                }
            }
            return out.stream();
        }

        @ParameterizedTest(name = "{1}×{0}×{0}")
        @CsvSource({"32, 1", "32, 3", "48, 1", "48, 3"})
        @DisplayName(
                "D is Table 3(b): 3×3 s1 w, 4×4 s2 w, 3×3 s1 2w, 4×4 s2 2w, 3×3 s1 4w, 4×4 s2 4w, 3×3 s1 8w, dense → 1")
        void discriminatorTable(int side, int channels) {
            int w = 8;
            SnganDiscriminator d = new SnganDiscriminator(
                    new ImageShape(channels, side, side), 1, w, Activation.LEAKY_RELU_01, false, init(1));
            long[][] expected = {
                // {kernel, stride, out channels}
                {3, 1, w}, {4, 2, w}, {3, 1, 2 * w}, {4, 2, 2 * w}, {3, 1, 4 * w}, {4, 2, 4 * w}, {3, 1, 8 * w}
            };
            List<Conv> layers = d.convLayers();
            assertThat(layers).hasSize(expected.length).noneMatch(Conv::isTransposed);
            long in = channels;
            for (int i = 0; i < expected.length; i++) {
                Conv c = layers.get(i);
                assertThat(shape(c.weight()))
                        .as("layer %d weight", i)
                        .containsExactly(expected[i][2], in, expected[i][0], expected[i][0]);
                assertThat(outputSide(c)).as("layer %d stride", i).isEqualTo(16 / expected[i][1]);
                in = expected[i][2];
            }
            long m = side / 8;
            assertThat(d.denseLayers()).hasSize(1);
            assertThat(shape(d.denseLayers().get(0).weight())).containsExactly(1L, 8L * w * m * m);
        }

        @ParameterizedTest(name = "{1}×{0}×{0}")
        @CsvSource({"32, 1", "32, 3", "48, 1", "48, 3"})
        @DisplayName("G is Table 3(a): dense → 8w×M×M, transposed 4×4 s2 to 4w, 2w, w, then 3×3 s1 to C")
        void generatorTable(int side, int channels) {
            int w = 8;
            long m = side / 8;
            SnganGenerator g = new SnganGenerator(LATENT, new ImageShape(channels, side, side), w, Norm.BATCH, init(1));
            assertThat(g.denseLayers()).hasSize(1);
            assertThat(shape(g.denseLayers().get(0).weight())).containsExactly(8L * w * m * m, (long) LATENT);
            List<Conv> layers = g.convLayers();
            assertThat(layers).hasSize(4);
            long[] outs = {4 * w, 2 * w, w};
            long in = 8L * w;
            for (int i = 0; i < 3; i++) {
                Conv c = layers.get(i);
                assertThat(c.isTransposed()).isTrue();
                assertThat(shape(c.weight())).as("up %d", i).containsExactly(in, outs[i], 4L, 4L);
                assertThat(outputSide(c)).as("up %d doubles the side", i).isEqualTo(32L);
                in = outs[i];
            }
            Conv last = layers.get(3);
            assertThat(last.isTransposed()).isFalse();
            assertThat(shape(last.weight())).containsExactly((long) channels, (long) w, 3L, 3L);
            assertThat(outputSide(last)).isEqualTo(16L);
        }

        @Test
        @DisplayName("at 3×32×32 with width 8, G has 175,619 parameters and D 47,113 (hand-counted)")
        void parameterCounts() {
            ImageShape cifar = new ImageShape(3, 32, 32);
            long g = (128L * 1024 + 1024)
                    + 2 * 64 // dense 128 → 64·4·4, batch norm
                    + (64L * 32 * 16 + 32)
                    + 2 * 32 // up0, batch norm
                    + (32L * 16 * 16 + 16)
                    + 2 * 16 // up1, batch norm
                    + (16L * 8 * 16 + 8)
                    + 2 * 8 // up2, batch norm
                    + (8L * 3 * 9 + 3); // to image
            long d = (3L * 8 * 9 + 8)
                    + (8L * 8 * 16 + 8)
                    + (8L * 16 * 9 + 16)
                    + (16L * 16 * 16 + 16)
                    + (16L * 32 * 9 + 32)
                    + (32L * 32 * 16 + 32)
                    + (32L * 64 * 9 + 64)
                    + (64L * 16 + 1);
            assertThat(g).isEqualTo(175_619L);
            assertThat(d).isEqualTo(47_113L);
            assertThat(new SnganGenerator(128, cifar, 8, Norm.BATCH, init(1)).parameterCount())
                    .isEqualTo(g);
            assertThat(new SnganDiscriminator(cifar, 1, 8, Activation.LEAKY_RELU_01, true, init(1)).parameterCount())
                    .as("spectral norm's ũ, ṽ are buffers, not parameters")
                    .isEqualTo(d);
        }

        @ParameterizedTest(name = "{1}×{0}×{0}, spectral norm {2}")
        @MethodSource("cases")
        @DisplayName("shapes, spectral norm on every layer when asked, and one training step reaching every parameter")
        void shapesAndTrainingStep(int side, int channels, boolean spectralNorm) {
            ImageShape image = new ImageShape(channels, side, side);
            SnganGenerator g = new SnganGenerator(LATENT, image, 8, Norm.BATCH, init(6));
            Tensor x = g.forward(z(4, LATENT, 7));
            assertThat(shape(x)).containsExactly(4L, (long) channels, (long) side, (long) side);
            assertThat(maxAbs(x)).isLessThanOrEqualTo(1.0);
            assertThat(g.hasSpectralNorm()).isFalse();

            SnganDiscriminator d = new SnganDiscriminator(image, 1, 8, Activation.LEAKY_RELU_01, spectralNorm, init(8));
            assertThat(shape(d.forward(x))).containsExactly(4L);
            assertThat(d.hasSpectralNorm()).isEqualTo(spectralNorm);
            assertThat(d.convLayers()).hasSize(7).allMatch(c -> (c.spectralNorm() != null) == spectralNorm);
            assertThat(d.denseLayers()).hasSize(1).allMatch(l -> (l.spectralNorm() != null) == spectralNorm);
            SnganDiscriminator packed =
                    new SnganDiscriminator(image, 2, 8, Activation.LEAKY_RELU_01, spectralNorm, init(8));
            assertThat(shape(packed.forward(x))).containsExactly(2L);

            Map<String, Long> gBeforeNorm = new HashMap<>(names("up%d.bias", 0, 3, i -> 32L >> i));
            gBeforeNorm.put("project.linear.bias", 64L);
            trainingStep(g, d, 4, gBeforeNorm, Map.of());
        }

        @Test
        @DisplayName("without batch norm in G, every parameter of both players gets a gradient")
        void trainingStepWithoutNorm() {
            ImageShape image = new ImageShape(3, 32, 32);
            SnganGenerator g = new SnganGenerator(LATENT, image, 8, Norm.NONE, init(9));
            SnganDiscriminator d = new SnganDiscriminator(image, 2, 8, Activation.LEAKY_RELU_01, true, init(10));
            trainingStep(g, d, 4, Map.of(), Map.of());
        }

        @Test
        @DisplayName("a side that is not a multiple of 8 is refused, naming the image")
        void refusesOddSides() {
            assertThatThrownBy(() -> new SnganDiscriminator(
                            new ImageShape(3, 28, 28), 1, 8, Activation.LEAKY_RELU_01, true, init(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "the SNGAN standard CNN needs a side that is a multiple of 8 (the paper uses 32 and 48), "
                                    + "found 3×28×28");
        }
    }

    @Nested
    @DisplayName("MLP on images")
    class Mlp {

        @ParameterizedTest(name = "{0}×{1}×{2}, batch norm {3}, packing {4}")
        @CsvSource({"1, 28, 28, true, 1", "1, 28, 28, false, 2", "3, 32, 32, true, 2", "3, 32, 32, false, 1"})
        @DisplayName("G gives (n, C, H, W) in (−1, 1); D scores flattened images; one step reaches every parameter")
        void shapesAndTrainingStep(int channels, int height, int width, boolean batchNorm, int packing) {
            ImageShape image = new ImageShape(channels, height, width);
            MlpGenerator g = new MlpGenerator(LATENT, image, 32, 2, Activation.RELU, batchNorm, init(11));
            Tensor x = g.forward(z(4, LATENT, 12));
            assertThat(shape(x)).containsExactly(4L, (long) channels, (long) height, (long) width);
            assertThat(maxAbs(x)).isLessThan(1.0);

            int dataDim = (int) image.numel();
            MlpDiscriminator d =
                    new MlpDiscriminator(dataDim, packing, 32, 2, Activation.LEAKY_RELU, batchNorm, false, init(13));
            assertThat(shape(d.forward(x.reshape(4, -1)))).containsExactly(4L / packing);
            assertThat(shape(d.denseLayers().get(0).weight())).containsExactly(32L, (long) dataDim * packing);

            Map<String, Long> gBeforeNorm = batchNorm ? names("body.fc%d.linear.bias", 0, 2, i -> 32) : Map.of();
            Map<String, Long> dBeforeNorm = batchNorm ? names("body.fc%d.linear.bias", 0, 2, i -> 32) : Map.of();
            trainingStep(g, d, 4, gBeforeNorm, dBeforeNorm);
        }
    }

    @Nested
    @DisplayName("EBGAN auto-encoder")
    class AutoEncoder {

        static Stream<Arguments> cases() {
            return Dcgan.cases().filter(a -> (int) a.get()[0] <= 32);
        }

        @ParameterizedTest(name = "{1}×{0}×{0}, norm {2}")
        @MethodSource("cases")
        @DisplayName("one training step on the energy reaches and changes every parameter")
        void trainingStepReachesEveryParameter(int side, int channels, Norm norm) {
            ImageShape image = new ImageShape(channels, side, side);
            DcganGenerator g = new DcganGenerator(LATENT, image, 8, norm, init(4));
            DcganAutoEncoder d = new DcganAutoEncoder(image, 8, 10, norm, Activation.LEAKY_RELU, false, init(5));
            int stages = DcganLayout.of(side).stages();
            DcganLayout layout = DcganLayout.of(side);
            Map<String, Long> gBeforeNorm = new HashMap<>();
            Map<String, Long> dBeforeNorm = new HashMap<>();
            if (norm == Norm.BATCH) {
                gBeforeNorm.put("project.linear.bias", layout.channels(8, 0));
                gBeforeNorm.putAll(names("up%d.bias", 0, stages - 1, i -> layout.channels(8, i + 1)));
                dBeforeNorm.putAll(names("down%d.bias", 1, stages, i -> layout.channels(8, stages - 1 - i)));
                dBeforeNorm.put("project.linear.bias", layout.channels(8, 0));
                dBeforeNorm.putAll(names("up%d.bias", 0, stages - 1, i -> layout.channels(8, i + 1)));
            }
            trainingStep(g, d, 4, gBeforeNorm, dBeforeNorm);
        }

        @Test
        @DisplayName("the MLP one on points: one training step reaches and changes every parameter")
        void mlpTrainingStep() {
            MlpGenerator g = new MlpGenerator(LATENT, 2, 16, 2, Activation.RELU, false, init(6));
            MlpAutoEncoder d = new MlpAutoEncoder(2, 16, 2, 4, Activation.LEAKY_RELU, false, false, init(7));
            trainingStep(g, d, 8, Map.of(), Map.of());
        }
    }
}
