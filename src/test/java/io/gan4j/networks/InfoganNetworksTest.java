package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InfoGAN's latent and networks")
class InfoganNetworksTest extends TorchTest {

    private static final ImageShape MNIST = new ImageShape(1, 28, 28);

    private static GeneratorOptional init(long seed) {
        return new GeneratorOptional(createCPUGenerator(seed));
    }

    private static long[] longs(Tensor t) {
        long[] v = new long[(int) t.numel()];
        java.nio.LongBuffer b = t.contiguous().createBuffer();
        b.get(v);
        return v;
    }

    @Nested
    @DisplayName("the latent [z, one-hot(c_cat), c_cont]")
    class Layout {

        private final InfoganLatent paper = new InfoganLatent(62, LatentPrior.UNIFORM, List.of(10), 2);

        @Test
        @DisplayName("the paper's MNIST input has 62 + 10 + 2 = 74 values: the one-hot at 62..71, the continuous codes "
                + "at 72, 73")
        void sizes() {
            assertThat(paper.dim()).isEqualTo(74);
            assertThat(paper.categoricalOffset(0)).isEqualTo(62);
            assertThat(paper.continuousOffset()).isEqualTo(72);
            InfoganLatent two = new InfoganLatent(5, LatentPrior.NORMAL, List.of(10, 3), 1);
            assertThat(two.dim()).isEqualTo(19);
            assertThat(two.categoricalOffset(1)).isEqualTo(15);
            assertThat(two.continuousOffset()).isEqualTo(18);
        }

        @Test
        @DisplayName("a draw: z and c_cont in [−1, 1], categories in 0..9, and the input is their concatenation with c "
                + "one-hot")
        void draw() {
            InfoganLatent.Codes c = paper.sampleCodes(500, init(1));
            assertThat(c.noise().shape()).containsExactly(500L, 62L);
            assertThat(c.categories().shape()).containsExactly(500L, 1L);
            assertThat(c.continuous().shape()).containsExactly(500L, 2L);
            assertThat(c.noise().min().item_double()).isGreaterThanOrEqualTo(-1.0);
            assertThat(c.noise().max().item_double()).isLessThanOrEqualTo(1.0);
            assertThat(c.continuous().min().item_double()).isGreaterThanOrEqualTo(-1.0);
            assertThat(c.continuous().max().item_double()).isLessThanOrEqualTo(1.0);
            long[] categories = longs(c.categories());
            int[] counts = new int[10];
            for (long k : categories) {
                assertThat(k).isBetween(0L, 9L);
                counts[(int) k]++;
            }
            for (int count : counts) {
                assertThat(count).as("500 uniform draws over 10 categories").isBetween(20, 80);
            }
            Tensor x = paper.input(c);
            assertThat(x.shape()).containsExactly(500L, 74L);
            float[] in = Tensors.toFloats(x);
            float[] z = Tensors.toFloats(c.noise());
            float[] u = Tensors.toFloats(c.continuous());
            for (int i = 0; i < 500; i++) {
                for (int j = 0; j < 62; j++) {
                    assertThat(in[i * 74 + j]).isEqualTo(z[i * 62 + j]);
                }
                for (int j = 0; j < 10; j++) {
                    assertThat(in[i * 74 + 62 + j]).isEqualTo(j == categories[i] ? 1f : 0f);
                }
                assertThat(in[i * 74 + 72]).isEqualTo(u[i * 2]);
                assertThat(in[i * 74 + 73]).isEqualTo(u[i * 2 + 1]);
            }
        }

        @Test
        @DisplayName("the same stream gives the same draws; sample() is input(sampleCodes())")
        void seeded() {
            Tensor a = paper.sample(8, init(7));
            Tensor b = paper.input(paper.sampleCodes(8, init(7)));
            assertThat(a.equal(b)).isTrue();
            assertThat(a.equal(paper.sample(8, init(8)))).isFalse();
        }

        @Test
        @DisplayName("a plain latent draws exactly what its prior draws")
        void plain() {
            assertThat(Latent.of(LatentPrior.NORMAL, 5)
                            .sample(3, init(2))
                            .equal(LatentPrior.NORMAL.sample(3, 5, init(2))))
                    .isTrue();
        }

        @Test
        @DisplayName("a code of one category, or no noise, is refused")
        void refused() {
            assertThatThrownBy(() -> new InfoganLatent(62, LatentPrior.UNIFORM, List.of(1), 2))
                    .hasMessageContaining("categories [1]");
            assertThatThrownBy(() -> new InfoganLatent(0, LatentPrior.UNIFORM, List.of(10), 2))
                    .hasMessageContaining("noise 0");
        }
    }

    @Nested
    @DisplayName("the paper's MNIST networks (dense: 1024) and Q")
    class Networks {

        @Test
        @DisplayName("G: 74 → 1024 → 128×7×7 → 64×14×14 → 1×28×28, 6,640,193 parameters")
        void generator() {
            DcganGenerator g = new DcganGenerator(74, MNIST, 64, Norm.BATCH, false, 0, 1024, init(1));
            long dense = 74L * 1024 + 1024; // 76,800
            long denseNorm = 2 * 1024;
            long project = 1024L * 6272 + 6272; // 6,428,800
            long projectNorm = 2 * 128;
            long up0 = 128L * 64 * 16 + 64; // 131,136
            long norm0 = 2 * 64;
            long up1 = 64L * 16 + 1;
            assertThat(dense + denseNorm + project + projectNorm + up0 + norm0 + up1)
                    .isEqualTo(6_640_193L);
            assertThat(g.parameterCount()).isEqualTo(6_640_193L);
            assertThat(g.forward(randn(new long[] {3, 74}, init(2))).shape()).containsExactly(3L, 1L, 28L, 28L);
            assertThat(g.denseLayers()).hasSize(2);
        }

        @Test
        @DisplayName(
                "D: 1×28×28 → 64×14×14 → 128×7×7 → 1024 → 1, 6,559,169 parameters; its features are the 1024 units")
        void discriminator() {
            DcganDiscriminator d =
                    new DcganDiscriminator(MNIST, 1, 64, Norm.BATCH, Activation.LEAKY_RELU_01, false, 0, 1024, init(1));
            long down0 = 64L * 16 + 64;
            long down1 = 128L * 64 * 16 + 128;
            long norm1 = 2 * 128;
            long dense = 6272L * 1024 + 1024; // 6,423,552
            long denseNorm = 2 * 1024;
            long out = 1024 + 1;
            assertThat(down0 + down1 + norm1 + dense + denseNorm + out).isEqualTo(6_559_169L);
            assertThat(d.parameterCount()).isEqualTo(6_559_169L);
            assertThat(d.featureSize()).isEqualTo(1024L);
            DiscriminatorNetwork.Scored s = d.forwardWithFeatures(randn(new long[] {4, 1, 28, 28}, init(2)));
            assertThat(s.scores().shape()).containsExactly(4L);
            assertThat(s.features().shape()).containsExactly(4L, 1024L);
            assertThat(new DcganDiscriminator(MNIST, 1, 64, Norm.BATCH, Activation.LEAKY_RELU, false, init(1))
                            .featureSize())
                    .as("without the dense layer, the flattened 128×7×7 maps")
                    .isEqualTo(6272L);
        }

        @Test
        @DisplayName(
                "Q on D's trunk: 1024 → 128 → 12 (10 logits, 2 means), 133,004 more parameters; scores are the trunk's")
        void q() {
            DcganDiscriminator trunk =
                    new DcganDiscriminator(MNIST, 1, 64, Norm.BATCH, Activation.LEAKY_RELU_01, false, 0, 1024, init(1));
            InfoganDiscriminator d = new InfoganDiscriminator(trunk, 128, 12, Activation.LEAKY_RELU_01, init(3));
            long q = 1024L * 128 + 128 + 2 * 128 + 128L * 12 + 12;
            assertThat(q).isEqualTo(133_004L);
            assertThat(d.parameterCount()).isEqualTo(6_559_169L + q);
            Tensor x = randn(new long[] {5, 1, 28, 28}, init(4));
            DiscriminatorNetwork.Judgement j = d.judge(x, null);
            assertThat(j.scores().shape()).containsExactly(5L);
            assertThat(j.posterior().shape()).containsExactly(5L, 12L);
            d.eval();
            assertThat(d.forward(x).equal(trunk.forward(x))).isTrue();
            assertThat(d.judge(x, null).scores().equal(trunk.forward(x))).isTrue();
            assertThat(d.denseLayers()).hasSize(4);
            assertThat(d.convLayers()).hasSize(2);
        }

        @Test
        @DisplayName("MLP and SNGAN trunks expose their features too; packing is refused")
        void otherTrunks() {
            MlpDiscriminator mlp = new MlpDiscriminator(2, 1, 16, 2, Activation.RELU, false, false, init(1));
            assertThat(mlp.featureSize()).isEqualTo(16L);
            assertThat(new InfoganDiscriminator(mlp, 8, 3, Activation.RELU, init(2))
                            .judge(randn(new long[] {6, 2}, init(3)), null)
                            .posterior()
                            .shape())
                    .containsExactly(6L, 3L);
            SnganDiscriminator sngan =
                    new SnganDiscriminator(new ImageShape(3, 32, 32), 1, 8, Activation.LEAKY_RELU_01, true, init(1));
            assertThat(sngan.featureSize()).isEqualTo(8L * 8 * 4 * 4);
            DiscriminatorNetwork.Scored s = sngan.forwardWithFeatures(randn(new long[] {2, 3, 32, 32}, init(2)));
            assertThat(s.features().shape()).containsExactly(2L, 1024L);
            MlpDiscriminator packed = new MlpDiscriminator(2, 2, 16, 2, Activation.RELU, false, false, init(1));
            assertThatThrownBy(() -> new InfoganDiscriminator(packed, 8, 3, Activation.RELU, init(2)))
                    .hasMessageContaining("has packing 2");
        }

        @Test
        @DisplayName("without dense: 0, the DCGAN networks draw the same initial weights as before the option")
        void unchangedWithoutDense() {
            DcganGenerator a = new DcganGenerator(16, MNIST, 8, Norm.BATCH, init(5));
            DcganGenerator b = new DcganGenerator(16, MNIST, 8, Norm.BATCH, false, 0, 0, init(5));
            Tensor z = randn(new long[] {2, 16}, init(6));
            assertThat(a.forward(z).equal(b.forward(z))).isTrue();
            assertThat(a.parameterCount()).isEqualTo(b.parameterCount());
            double sumA = a.parameters().get(0).sum().item_double();
            assertThat(b.parameters().get(0).sum().item_double()).isCloseTo(sumA, within(0.0));
        }
    }
}
