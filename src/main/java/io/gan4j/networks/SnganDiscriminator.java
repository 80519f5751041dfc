package io.gan4j.networks;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * The discriminator of SNGAN's standard CNN (Miyato et al. 2018, Table 3(b)): convolutions
 * 3×3 s1 64, 4×4 s2 64, 3×3 s1 128, 4×4 s2 128, 3×3 s1 256, 4×4 s2 256, 3×3 s1 512 (padding 1),
 * each followed by leaky ReLU 0.1, then dense → 1; spectral normalisation on every layer when
 * {@code spectralNorm} (SNGAN; off for the paper's WGAN-GP baseline on the same network). With
 * width w the channels are w, w, 2w, 2w, 4w, 4w, 8w (the paper: w = 64). Sides: 32 → 4, 48 → 6
 * before the dense layer. Packing m stacks m consecutive images along the channels (PacGAN).
 * Weights ~ N(0, 0.02²).
 *
 * <p>SAGAN's option: a {@link SelfAttention} block after the last convolution whose output has the
 * side {@link AttentionSides#snganDiscriminator} names (8M, 4M, 2M, M: 32, 16, 8, 4 for CIFAR-10).
 */
public final class SnganDiscriminator extends PackedImageDiscriminator {

    private static final long[][] LAYERS = {
        // {kernel, stride, channel multiple}
        {3, 1, 1}, {4, 2, 1}, {3, 1, 2}, {4, 2, 2}, {3, 1, 4}, {4, 2, 4}, {3, 1, 8}
    };

    private final Activation activation;
    private final List<Conv> layers = new ArrayList<>();
    private final SelfAttention attention;
    private final int attentionAfter;

    public SnganDiscriminator(
            ImageShape image,
            int packing,
            int width,
            Activation activation,
            boolean spectralNorm,
            GeneratorOptional init) {
        this(image, packing, width, activation, spectralNorm, 0, init);
    }

    /** @param attentionSide the side after whose last convolution self-attention follows, or 0 for none */
    public SnganDiscriminator(
            ImageShape image,
            int packing,
            int width,
            Activation activation,
            boolean spectralNorm,
            int attentionSide,
            GeneratorOptional init) {
        super(image, packing);
        int base = base(image);
        this.activation = activation;
        long in = (long) image.channels() * packing;
        for (int i = 0; i < LAYERS.length; i++) {
            long out = LAYERS[i][2] * width;
            layers.add(conv(
                    "c" + i,
                    Conv.conv(in, out, LAYERS[i][0], LAYERS[i][1], 1, spectralNorm, WeightInit.NORMAL_002, init)));
            in = out;
        }
        scoredBy(new Dense(in * base * base, 1, spectralNorm, WeightInit.NORMAL_002, init));
        List<Integer> sides = AttentionSides.snganDiscriminator(image);
        if (attentionSide != 0 && !sides.contains(attentionSide)) {
            throw new IllegalArgumentException("self-attention at side " + attentionSide
                    + ": this SNGAN discriminator's " + "feature maps have the sides " + sides);
        }
        // the last layer at each side: c0 (8M), c2 (4M), c4 (2M), c6 (M)
        this.attentionAfter = attentionSide == 0 ? -1 : 2 * sides.indexOf(attentionSide);
        this.attention = attentionSide == 0
                ? null
                : attention(
                        "attention",
                        new SelfAttention(
                                LAYERS[attentionAfter][2] * width, spectralNorm, WeightInit.NORMAL_002, init));
    }

    /** M = side/8 for a square image whose side is a multiple of 8 (the paper: 32 and 48). */
    static int base(ImageShape image) {
        DcganGenerator.requireSquare(image);
        if (image.height() % 8 != 0 || image.height() < 8) {
            throw new IllegalArgumentException("the SNGAN standard CNN needs a side that is a multiple of 8 "
                    + "(the paper uses 32 and 48), found " + image);
        }
        return image.height() / 8;
    }

    @Override
    public boolean hasBatchNorm() {
        return false;
    }

    /** The last convolution's activations, flattened: 8·width·M² per pack. */
    @Override
    Tensor features(Tensor packs) {
        Tensor h = packs;
        for (int i = 0; i < layers.size(); i++) {
            h = activation.apply(layers.get(i).forward(h));
            if (i == attentionAfter) {
                h = attention.forward(h);
            }
        }
        return h.reshape(packs.size(0), -1);
    }
}
