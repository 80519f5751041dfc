package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The class-conditional generators (class-conditional batch norm, input [z, one-hot(y)]) and the
 * projection discriminator on the DCGAN and SNGAN trunks, at every supported size.
 */
@DisplayName("Class-conditional networks")
class ConditionalNetworksTest extends TorchTest {

    private static final int NOISE = 16;
    private static final int K = 10;

    private static GeneratorOptional seed(long s) {
        return new GeneratorOptional(createCPUGenerator(s));
    }

    /** n draws of [z, one-hot(y)] and their classes 0, 1, …, n − 1 (mod K). */
    private static ConditionalLatent.Codes codes(int n) {
        long[] labels = new long[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % K;
        }
        return latent().codesFor(labels, seed(7));
    }

    private static ConditionalLatent latent() {
        return new ConditionalLatent(NOISE, LatentPrior.NORMAL, K);
    }

    /** The channels G batch-normalises: each costs 2 affine parameters unconditionally, 2K conditionally. */
    private static long dcganNormChannels(int side, int width) {
        DcganLayout layout = DcganLayout.of(side);
        long sum = 0;
        for (int i = 0; i < layout.stages(); i++) {
            sum += layout.channels(width, i);
        }
        return sum;
    }

    static Stream<Arguments> dcganSizes() {
        List<Arguments> out = new ArrayList<>();
        for (int side : new int[] {28, 32, 48, 64}) {
            for (int channels : new int[] {1, 3}) {
                out.add(Arguments.of(side, channels));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> snganSizes() {
        return dcganSizes().filter(a -> (int) a.get()[0] % 8 == 0);
    }

    @Nested
    @DisplayName("DCGAN")
    class Dcgan {

        @ParameterizedTest(name = "{1}×{0}×{0}")
        @MethodSource("io.gan4j.networks.ConditionalNetworksTest#dcganSizes")
        @DisplayName(
                "G: (n, z + K) → (n, C, H, W); D: (n, C, H, W) and (n) classes → (n); parameters: 2K per normalised "
                        + "channel and K per projected unit in G, K·features for V")
        void shapesAndCounts(int side, int channels) {
            ImageShape image = new ImageShape(channels, side, side);
            DcganGenerator g = new DcganGenerator(NOISE, K, image, 8, Norm.BATCH, true, 0, 0, seed(1));
            DcganGenerator plain = new DcganGenerator(NOISE, image, 8, Norm.BATCH, true, 0, seed(1));
            assertThat(g.latentDim()).isEqualTo(NOISE + K);
            assertThat(g.classes()).isEqualTo(K);
            ConditionalLatent.Codes c = codes(4);
            Tensor x = g.forward(latent().input(c));
            assertThat(x.shape()).containsExactly(4, channels, side, side);
            long normalised = dcganNormChannels(side, 8);
            DcganLayout projected = DcganLayout.of(side);
            long projectedUnits = projected.channels(8, 0) * projected.base() * projected.base();
            assertThat(g.parameterCount())
                    .isEqualTo(plain.parameterCount() - 2 * normalised + 2L * K * normalised + K * projectedUnits);

            DcganDiscriminator trunk =
                    new DcganDiscriminator(image, 1, 8, Norm.NONE, Activation.LEAKY_RELU, true, seed(2));
            long trunkCount = trunk.parameterCount();
            ProjectionDiscriminator d = new ProjectionDiscriminator(trunk, K, true, seed(3));
            assertThat(d.forward(x, c.labels()).shape()).containsExactly(4);
            DcganLayout layout = DcganLayout.of(side);
            long features = (8L << (layout.stages() - 1)) * layout.base() * layout.base();
            assertThat(trunk.featureSize()).isEqualTo(features);
            assertThat(d.parameterCount()).isEqualTo(trunkCount + K * features);
        }

        @Test
        @DisplayName("for 28×28 MNIST with width 64: G 766,017 − 2·192 + 2·10·192 + 10·6272 = 832,193; D 138,561 + "
                + "10·6272 = 201,281 (hand-counted)")
        void mnistCounts() {
            ImageShape mnist = new ImageShape(1, 28, 28);
            // batch norm on 128 (after the projection) and 64 (after up0) channels; the projection reads the one-hot
            // too
            assertThat(new DcganGenerator(100, K, mnist, 64, Norm.BATCH, false, 0, 0, seed(1)).parameterCount())
                    .isEqualTo(766_017L - 2 * 192 + 2 * 10 * 192 + 10 * 128 * 7 * 7)
                    .isEqualTo(832_193L);
            DcganDiscriminator trunk =
                    new DcganDiscriminator(mnist, 1, 64, Norm.NONE, Activation.LEAKY_RELU, true, seed(2));
            assertThat(new ProjectionDiscriminator(trunk, K, true, seed(3)).parameterCount())
                    .isEqualTo(138_561L + 10 * 128 * 7 * 7)
                    .isEqualTo(201_281L);
        }
    }

    @Nested
    @DisplayName("SNGAN")
    class Sngan {

        @ParameterizedTest(name = "{1}×{0}×{0}")
        @MethodSource("io.gan4j.networks.ConditionalNetworksTest#snganSizes")
        @DisplayName("G: (n, z + K) → (n, C, H, W); D: (n, C, H, W) and (n) classes → (n); V has K × 8w·M² entries")
        void shapesAndCounts(int side, int channels) {
            ImageShape image = new ImageShape(channels, side, side);
            SnganGenerator g = new SnganGenerator(NOISE, K, image, 8, Norm.BATCH, true, 0, seed(1));
            SnganGenerator plain = new SnganGenerator(NOISE, image, 8, Norm.BATCH, true, 0, seed(1));
            ConditionalLatent.Codes c = codes(4);
            Tensor x = g.forward(latent().input(c));
            assertThat(x.shape()).containsExactly(4, channels, side, side);
            long normalised = 64 + 32 + 16 + 8;
            long projectedUnits = 64L * (side / 8) * (side / 8);
            assertThat(g.parameterCount())
                    .isEqualTo(plain.parameterCount() - 2 * normalised + 2L * K * normalised + K * projectedUnits);
            SnganDiscriminator trunk = new SnganDiscriminator(image, 1, 8, Activation.LEAKY_RELU_01, true, seed(2));
            ProjectionDiscriminator d = new ProjectionDiscriminator(trunk, K, true, seed(3));
            assertThat(d.forward(x, c.labels()).shape()).containsExactly(4);
            long m = side / 8;
            assertThat(d.parameterCount()).isEqualTo(trunk.parameterCount() + K * 64 * m * m);
        }

        @Test
        @DisplayName(
                "at 3×32×32 with width 8: G 175,619 − 2·120 + 2·10·120 + 10·1024 (the one-hot into the first layer) "
                        + "= 188,019; "
                        + "D 47,113 + 10·1024 = 57,353 (hand-counted)")
        void cifarCounts() {
            ImageShape cifar = new ImageShape(3, 32, 32);
            assertThat(new SnganGenerator(128, K, cifar, 8, Norm.BATCH, true, 0, seed(1)).parameterCount())
                    .isEqualTo(188_019L);
            assertThat(new ProjectionDiscriminator(
                                    new SnganDiscriminator(cifar, 1, 8, Activation.LEAKY_RELU_01, true, seed(2)),
                                    K,
                                    true,
                                    seed(3))
                            .parameterCount())
                    .isEqualTo(57_353L);
        }
    }

    @Nested
    @DisplayName("gradients")
    class Gradients {

        /** One backward pass of D(G(z, y), y).mean() for classes 0, 1, 2 (each twice): K = 10, so 3 to 9 are absent. */
        private void backward(GeneratorNetwork g, ProjectionDiscriminator d) {
            long[] labels = {0, 1, 2, 0, 1, 2};
            ConditionalLatent.Codes c = latent().codesFor(labels, seed(9));
            d.powerIteration();
            d.forward(g.forward(latent().input(c)), c.labels()).mean().backward();
        }

        /** Per row of a (K, …) gradient: whether it is non-zero. */
        private boolean[] rowsTouched(Tensor grad) {
            float[] v = Tensors.toFloats(grad);
            int per = v.length / K;
            boolean[] touched = new boolean[K];
            for (int k = 0; k < K; k++) {
                for (int j = 0; j < per; j++) {
                    touched[k] |= v[k * per + j] != 0;
                }
            }
            return touched;
        }

        @Test
        @DisplayName("reach V and every γ, β table, in the rows of the batch's classes only (V without spectral norm)")
        void reachTheClassRows() {
            ImageShape image = new ImageShape(1, 28, 28);
            DcganGenerator g = new DcganGenerator(NOISE, K, image, 8, Norm.BATCH, false, 0, 0, seed(1));
            ProjectionDiscriminator d = new ProjectionDiscriminator(
                    new DcganDiscriminator(image, 1, 8, Norm.NONE, Activation.LEAKY_RELU, false, seed(2)),
                    K,
                    false,
                    seed(3));
            backward(g, d);
            boolean[] expected = {true, true, true, false, false, false, false, false, false, false};
            assertThat(rowsTouched(d.embedding().weight().grad())).as("V").containsExactly(expected);
            int tables = 0;
            var named = g.named_parameters(true);
            for (long i = 0; i < named.size(); i++) {
                String name = named.get(i).key().getString();
                if (name.endsWith(".gamma") || name.endsWith(".beta")) {
                    assertThat(rowsTouched(named.get(i).value().grad()))
                            .as(name)
                            .containsExactly(expected);
                    tables++;
                }
            }
            assertThat(tables).as("project_norm and norm0, γ and β each").isEqualTo(4);
        }

        @Test
        @DisplayName("with V spectrally normalised (SNGAN trunk), σ(V) sends a non-zero gradient to every row of V")
        void spectralNormReachesEveryRow() {
            ImageShape image = new ImageShape(3, 32, 32);
            SnganGenerator g = new SnganGenerator(NOISE, K, image, 8, Norm.BATCH, true, 0, seed(1));
            ProjectionDiscriminator d = new ProjectionDiscriminator(
                    new SnganDiscriminator(image, 1, 8, Activation.LEAKY_RELU_01, true, seed(2)), K, true, seed(3));
            backward(g, d);
            boolean[] all = new boolean[K];
            java.util.Arrays.fill(all, true);
            assertThat(rowsTouched(d.embedding().weight().grad())).containsExactly(all);
        }
    }
}
