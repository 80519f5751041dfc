package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.TorchTest;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SAGAN's networks: self-attention and spectral norm in the DCGAN and SNGAN networks")
class AttentionNetworksTest extends TorchTest {

    private static final int LATENT = 16;
    private static final int WIDTH = 16;

    private static GeneratorOptional init(long seed) {
        return new GeneratorOptional(createCPUGenerator(seed));
    }

    /** f and g: C·C/8 + C/8 each; h: C·C + C; γ: 1. */
    private static long attentionParameters(long c) {
        return 2 * (c * (c / 8) + c / 8) + c * c + c + 1;
    }

    private static long[] shape(Tensor t) {
        return t.shape();
    }

    @Test
    @DisplayName("the sides where attention can go: DCGAN 28×28 G [7, 14], D [14, 7]; SNGAN 32×32 G [4, 8, 16, 32], D "
            + "[32, 16, 8, 4]")
    void sides() {
        assertThat(AttentionSides.dcganGenerator(new ImageShape(1, 28, 28))).containsExactly(7, 14);
        assertThat(AttentionSides.dcganDiscriminator(new ImageShape(1, 28, 28))).containsExactly(14, 7);
        assertThat(AttentionSides.dcganGenerator(new ImageShape(3, 32, 32))).containsExactly(4, 8, 16);
        assertThat(AttentionSides.snganGenerator(new ImageShape(3, 32, 32))).containsExactly(4, 8, 16, 32);
        assertThat(AttentionSides.snganDiscriminator(new ImageShape(3, 48, 48))).containsExactly(48, 24, 12, 6);
    }

    @Test
    @DisplayName("DCGAN on 28×28: at every side the shapes hold, and attention adds exactly its f, g, h and γ")
    void dcgan() {
        ImageShape mnist = new ImageShape(1, 28, 28);
        long plainG = new DcganGenerator(LATENT, mnist, WIDTH, Norm.BATCH, init(1)).parameterCount();
        long plainD = new DcganDiscriminator(mnist, 1, WIDTH, Norm.NONE, Activation.LEAKY_RELU, true, init(1))
                .parameterCount();
        // channels at the sides: G 7 → 2w, 14 → w; D 14 → w, 7 → 2w
        for (int side : List.of(7, 14)) {
            DcganGenerator g = new DcganGenerator(LATENT, mnist, WIDTH, Norm.BATCH, true, side, init(1));
            long cg = side == 7 ? 2 * WIDTH : WIDTH;
            assertThat(g.parameterCount()).isEqualTo(plainG + attentionParameters(cg));
            assertThat(g.hasSpectralNorm()).isTrue();
            assertThat(g.convLayers()).hasSize(2 + 3);
            Tensor x = g.forward(randn(new long[] {4, LATENT}, init(2)));
            assertThat(shape(x)).containsExactly(4, 1, 28, 28);
            DcganDiscriminator d =
                    new DcganDiscriminator(mnist, 1, WIDTH, Norm.NONE, Activation.LEAKY_RELU, true, side, init(1));
            long cd = side == 14 ? WIDTH : 2 * WIDTH;
            assertThat(d.parameterCount()).isEqualTo(plainD + attentionParameters(cd));
            assertThat(shape(d.forward(x))).containsExactly(4);
        }
    }

    @Test
    @DisplayName("SNGAN on 32×32: at every side the shapes hold, and attention adds exactly its f, g, h and γ")
    void sngan() {
        ImageShape cifar = new ImageShape(3, 32, 32);
        long plainG = new SnganGenerator(LATENT, cifar, WIDTH, Norm.BATCH, init(1)).parameterCount();
        long plainD = new SnganDiscriminator(cifar, 1, WIDTH, Activation.LEAKY_RELU_01, true, init(1)).parameterCount();
        List<Integer> sides = List.of(4, 8, 16, 32);
        for (int k = 0; k < sides.size(); k++) {
            int side = sides.get(k);
            SnganGenerator g = new SnganGenerator(LATENT, cifar, WIDTH, Norm.BATCH, true, side, init(1));
            assertThat(g.parameterCount()).isEqualTo(plainG + attentionParameters((8L * WIDTH) >> k));
            Tensor x = g.forward(randn(new long[] {2, LATENT}, init(2)));
            assertThat(shape(x)).containsExactly(2, 3, 32, 32);
            SnganDiscriminator d =
                    new SnganDiscriminator(cifar, 1, WIDTH, Activation.LEAKY_RELU_01, true, side, init(1));
            // D: 32 after c0 (w), 16 after c2 (2w), 8 after c4 (4w), 4 after c6 (8w)
            assertThat(d.parameterCount()).isEqualTo(plainD + attentionParameters((long) WIDTH << (3 - k)));
            assertThat(shape(d.forward(x))).containsExactly(2);
        }
    }

    @Test
    @DisplayName("spectral norm in G covers its dense and convolution layers; a side the network lacks is refused")
    void spectralNormAndRefusals() {
        ImageShape mnist = new ImageShape(1, 28, 28);
        DcganGenerator g = new DcganGenerator(LATENT, mnist, WIDTH, Norm.BATCH, true, 0, init(1));
        assertThat(g.denseLayers()).allMatch(l -> l.spectralNorm() != null);
        assertThat(g.convLayers()).allMatch(c -> c.spectralNorm() != null);
        assertThat(new DcganGenerator(LATENT, mnist, WIDTH, Norm.BATCH, init(1)).hasSpectralNorm())
                .isFalse();
        assertThatThrownBy(() -> new DcganGenerator(LATENT, mnist, WIDTH, Norm.BATCH, false, 28, init(1)))
                .hasMessage(
                        "self-attention at side 28: this DCGAN generator's hidden feature maps have the sides [7, 14]");
        assertThatThrownBy(() -> new SnganDiscriminator(
                        new ImageShape(3, 32, 32), 1, WIDTH, Activation.LEAKY_RELU_01, true, 2, init(1)))
                .hasMessage("self-attention at side 2: this SNGAN discriminator's feature maps have the sides [32, 16, "
                        + "8, 4]");
    }
}
