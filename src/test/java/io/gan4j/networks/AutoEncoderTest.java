package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EBGAN's auto-encoder discriminators: energy = mean squared reconstruction error, codes, shapes. */
@DisplayName("Auto-encoder discriminators")
class AutoEncoderTest extends TorchTest {

    private static GeneratorOptional init(long seed) {
        return new GeneratorOptional(createCPUGenerator(seed));
    }

    private static void set(Tensor parameter, float[] values) {
        try (NoGradGuard guard = new NoGradGuard()) {
            parameter.copy_(Tensor.create(values, parameter.shape()));
        }
    }

    private static void zero(Network network) {
        try (NoGradGuard guard = new NoGradGuard()) {
            TensorVector ps = network.parameters();
            for (long i = 0; i < ps.size(); i++) {
                ps.get(i).zero_();
            }
        }
    }

    /**
     * A 2 → 4 → 2 (code) → 4 → 2 MLP with ReLU whose layers compute h = relu((x, −x)), code = h₊ − h₋
     * = x, and the same again, so Dec∘Enc is the identity, times {@code outputScale}.
     */
    private static MlpAutoEncoder identity(float outputScale) {
        MlpAutoEncoder ae = new MlpAutoEncoder(2, 4, 1, 2, Activation.RELU, false, false, init(1));
        List<Dense> layers = ae.denseLayers();
        assertThat(layers).hasSize(4);
        float[] split = {1, 0, 0, 1, -1, 0, 0, -1};
        float[] merge = {1, 0, -1, 0, 0, 1, 0, -1};
        float[] scaled = new float[merge.length];
        for (int i = 0; i < merge.length; i++) {
            scaled[i] = outputScale * merge[i];
        }
        float[][] weights = {split, merge, split, scaled};
        for (int i = 0; i < 4; i++) {
            set(layers.get(i).weight(), weights[i]);
            set(layers.get(i).bias(), new float[(int) layers.get(i).bias().numel()]);
        }
        return ae;
    }

    @Nested
    @DisplayName("MLP (points)")
    class Mlp {

        @Test
        @DisplayName("a perfect auto-encoder (Dec∘Enc = id) has energy 0 and codes equal to its inputs")
        void perfectAutoEncoderHasZeroEnergy() {
            MlpAutoEncoder ae = identity(1);
            Tensor x = randn(new long[] {16, 2}, init(2));
            DiscriminatorNetwork.Judgement out = ae.judge(x, null);
            for (float e : Tensors.toFloats(out.scores())) {
                assertThat(e).isCloseTo(0f, offset(1e-12f));
            }
            assertThat(Tensors.toFloats(out.encoding())).containsExactly(Tensors.toFloats(x), offset(1e-6f));
        }

        @Test
        @DisplayName("energy is the mean squared reconstruction error: x̂ = 2x gives mean(x²), 2.5 and 4.625")
        void energyIsMeanSquaredError() {
            MlpAutoEncoder ae = identity(2);
            Tensor x = Tensors.matrix(new float[] {1, -2, 0.5f, 3}, 2, 2);
            // (1² + 2²)/2 = 2.5; (0.5² + 3²)/2 = 4.625
            assertThat(Tensors.toFloats(ae.forward(x))).containsExactly(new float[] {2.5f, 4.625f}, offset(1e-6f));
            assertThat(Tensors.toFloats(ae.reconstruct(x))).containsExactly(new float[] {2, -4, 1, 6}, offset(1e-6f));
        }

        @Test
        @DisplayName("shapes: points (n, 2) → energies (n), codes (n, code), reconstructions (n, 2)")
        void shapes() {
            MlpAutoEncoder ae = new MlpAutoEncoder(2, 16, 3, 5, Activation.LEAKY_RELU, true, false, init(3));
            Tensor x = randn(new long[] {8, 2}, init(4));
            DiscriminatorNetwork.Judgement out = ae.judge(x, null);
            assertThat(out.scores().shape()).containsExactly(8L);
            assertThat(out.encoding().shape()).containsExactly(8L, 5L);
            assertThat(ae.reconstruct(x).shape()).containsExactly(8L, 2L);
            assertThat(ae.packing()).isEqualTo(1);
            assertThat(ae.hasBatchNorm()).isTrue();
            assertThat(ae.denseLayers()).hasSize(8);
        }
    }

    @Nested
    @DisplayName("DCGAN-style (images)")
    class Dcgan {

        @ParameterizedTest(name = "{0}×{1}×{1}")
        @CsvSource({"1, 28", "3, 32"})
        @DisplayName("shapes: images (n, C, H, W) → energies (n), codes (n, code), reconstructions (n, C, H, W)")
        void shapes(int channels, int side) {
            ImageShape image = new ImageShape(channels, side, side);
            DcganAutoEncoder ae = new DcganAutoEncoder(image, 8, 12, Norm.BATCH, Activation.LEAKY_RELU, false, init(5));
            Tensor x = randn(image.batch(4), init(6));
            DiscriminatorNetwork.Judgement out = ae.judge(x, null);
            assertThat(out.scores().shape()).containsExactly(4L);
            assertThat(out.encoding().shape()).containsExactly(4L, 12L);
            assertThat(ae.reconstruct(x).shape()).containsExactly(4L, (long) channels, (long) side, (long) side);
            int stages = DcganLayout.of(side).stages();
            assertThat(ae.convLayers()).hasSize(2 * stages);
            assertThat(ae.convLayers().subList(0, stages)).noneMatch(Conv::isTransposed);
            assertThat(ae.convLayers().subList(stages, 2 * stages)).allMatch(Conv::isTransposed);
            for (float e : Tensors.toFloats(out.scores())) {
                assertThat(e).isFinite().isPositive();
            }
        }

        @Test
        @DisplayName(
                "28×28, width 64, code 64: conv 1 → 64 → 128 (7×7), dense 6272 → 64 → 6272, transposed 128 → 64 → 1; "
                        + "1,073,601 parameters without norm")
        void mnistLayers() {
            DcganAutoEncoder ae = new DcganAutoEncoder(
                    new ImageShape(1, 28, 28), 64, 64, Norm.NONE, Activation.LEAKY_RELU, false, init(7));
            List<Conv> convs = ae.convLayers();
            assertThat(convs.get(0).weight().shape()).containsExactly(64L, 1L, 4L, 4L);
            assertThat(convs.get(1).weight().shape()).containsExactly(128L, 64L, 4L, 4L);
            assertThat(convs.get(2).weight().shape()).containsExactly(128L, 64L, 4L, 4L);
            assertThat(convs.get(3).weight().shape()).containsExactly(64L, 1L, 4L, 4L);
            assertThat(ae.denseLayers().get(0).weight().shape()).containsExactly(64L, 6272L);
            assertThat(ae.denseLayers().get(1).weight().shape()).containsExactly(6272L, 64L);
            // convs (64·16 + 64) + (128·64·16 + 128), dense (6272·64 + 64) + (64·6272 + 6272),
            // transposed (128·64·16 + 64) + (64·16 + 1)
            assertThat(ae.parameterCount()).isEqualTo(1_073_601L);
        }

        @Test
        @DisplayName("energy is the mean squared error: with every weight 0 and the output bias 0.5, "
                + "an all-0 image has energy 0.25 and an all-(−1) image 2.25")
        void energyOfAConstantReconstruction() {
            ImageShape image = new ImageShape(1, 28, 28);
            DcganAutoEncoder ae = new DcganAutoEncoder(image, 4, 3, Norm.NONE, Activation.LEAKY_RELU, false, init(8));
            zero(ae);
            List<Conv> convs = ae.convLayers();
            set(convs.get(convs.size() - 1).bias(), new float[] {0.5f});
            float[] pixels = new float[2 * 28 * 28];
            java.util.Arrays.fill(pixels, 28 * 28, pixels.length, -1f);
            Tensor x = Tensor.create(pixels, image.batch(2));
            assertThat(Tensors.toFloats(ae.forward(x))).containsExactly(new float[] {0.25f, 2.25f}, offset(1e-6f));
            assertThat(Tensors.toFloats(ae.judge(x, null).encoding())).containsOnly(0f);
        }
    }

    @Test
    @DisplayName("forward and judge give the same energies; a plain discriminator gives no codes")
    void judgeAgrees() {
        DcganAutoEncoder ae =
                new DcganAutoEncoder(new ImageShape(1, 28, 28), 8, 6, Norm.NONE, Activation.LEAKY_RELU, false, init(9));
        Tensor x = randn(new long[] {3, 1, 28, 28}, init(10));
        assertThat(Tensors.toFloats(ae.judge(x, null).scores()))
                .containsExactly(Tensors.toFloats(ae.forward(x)), offset(0f));
        MlpDiscriminator plain = new MlpDiscriminator(2, 1, 8, 1, Activation.RELU, false, false, init(11));
        Tensor p = randn(new long[] {3, 2}, init(12));
        DiscriminatorNetwork.Judgement out = plain.judge(p, null);
        assertThat(out.encoding()).isNull();
        assertThat(out.posterior()).isNull();
        assertThat(Tensors.toFloats(out.scores())).containsExactly(Tensors.toFloats(plain.forward(p)), offset(0f));
        assertThat(AutoEncoderDiscriminator.energy(p, p.mul(Tensors.scalar(0))).shape())
                .containsExactly(3L);
        assertThat(value(AutoEncoderDiscriminator.energy(
                        Tensors.matrix(new float[] {3, 4}, 1, 2), Tensors.matrix(new float[] {0, 0}, 1, 2))))
                .isCloseTo(12.5, within(1e-6));
    }
}
