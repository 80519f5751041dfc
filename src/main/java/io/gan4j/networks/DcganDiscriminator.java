package io.gan4j.networks;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * The DCGAN discriminator (Radford et al. 2016): n convolutions 4×4, stride 2, padding 1 halve
 * the side from the image to the base b and double the channels from width to width·2^(n−1), each
 * followed by the norm (none on the first layer, as in the paper) and leaky ReLU 0.2; then a dense
 * layer to one score (no sigmoid). 28×28: 1×28×28 → 64×14×14 → 128×7×7 → 1 with width 64.
 * Weights ~ N(0, 0.02²).
 *
 * <p>InfoGAN's MNIST option (Chen et al. 2016, Table 1): a dense hidden layer of {@code dense}
 * units, with the norm and the activation, between the last convolution and the score
 * (128×7×7 → 1024 → 1). The score's input, the features {@link #forwardWithFeatures} gives, is then
 * that layer's output.
 *
 * <p>SAGAN's option: a {@link SelfAttention} block after the convolution whose output has the
 * side {@link AttentionSides#dcganDiscriminator} names (side/2, side/4, …, b).
 *
 * <p>With packing m (PacGAN), m consecutive images are stacked along the channels and scored
 * together: (n, C, H, W) → (n/m, m·C, H, W).
 */
public final class DcganDiscriminator extends PackedImageDiscriminator {

    private final Activation activation;
    private final DcganLayout layout;
    private final List<Conv> downs = new ArrayList<>();
    private final List<Module> norms = new ArrayList<>();
    private final Dense hidden;
    private final Module hiddenNorm;
    private final boolean batchNorm;
    private final SelfAttention attention;
    private final int attentionAfter;

    /**
     * @param width feature maps of the first layer (ndf; 64)
     * @param norm normalisation after every convolution but the first
     * @param activation the hidden nonlinearity (the paper: leaky ReLU 0.2)
     * @param spectralNorm spectral normalisation of every layer
     */
    public DcganDiscriminator(
            ImageShape image,
            int packing,
            int width,
            Norm norm,
            Activation activation,
            boolean spectralNorm,
            GeneratorOptional init) {
        this(image, packing, width, norm, activation, spectralNorm, 0, init);
    }

    /** @param attentionSide the side after which self-attention follows, or 0 for none */
    public DcganDiscriminator(
            ImageShape image,
            int packing,
            int width,
            Norm norm,
            Activation activation,
            boolean spectralNorm,
            int attentionSide,
            GeneratorOptional init) {
        this(image, packing, width, norm, activation, spectralNorm, attentionSide, 0, init);
    }

    /** @param dense units of a dense hidden layer before the score (InfoGAN's MNIST: 1024), or 0 for none */
    public DcganDiscriminator(
            ImageShape image,
            int packing,
            int width,
            Norm norm,
            Activation activation,
            boolean spectralNorm,
            int attentionSide,
            int dense,
            GeneratorOptional init) {
        super(DcganGenerator.requireSquare(image), packing);
        this.activation = activation;
        this.layout = DcganLayout.of(image.height());
        this.batchNorm = norm == Norm.BATCH;
        long in = (long) image.channels() * packing;
        for (int i = 0; i < layout.stages(); i++) {
            long out = layout.channels(width, layout.stages() - 1 - i);
            downs.add(conv("down" + i, Conv.conv(in, out, 4, 2, 1, spectralNorm, WeightInit.NORMAL_002, init)));
            Module m = i == 0 ? null : norm.module2d(out);
            norms.add(m == null ? null : register_module("norm" + i, m));
            in = out;
        }
        if (dense < 0) {
            throw new IllegalArgumentException(
                    "a dense hidden layer needs at least 1 unit (0 for none), found " + dense);
        }
        long flat = in * layout.base() * layout.base();
        this.hidden =
                dense == 0 ? null : dense("dense", new Dense(flat, dense, spectralNorm, WeightInit.NORMAL_002, init));
        Module hn = dense == 0 ? null : norm.module1d(dense);
        this.hiddenNorm = hn == null ? null : register_module("dense_norm", hn);
        scoredBy(new Dense(dense == 0 ? flat : dense, 1, spectralNorm, WeightInit.NORMAL_002, init));
        List<Integer> sides = AttentionSides.dcganDiscriminator(image);
        if (attentionSide != 0 && !sides.contains(attentionSide)) {
            throw new IllegalArgumentException("self-attention at side " + attentionSide
                    + ": this DCGAN discriminator's " + "feature maps have the sides " + sides);
        }
        this.attentionAfter = sides.indexOf(attentionSide);
        this.attention = attentionSide == 0
                ? null
                : attention(
                        "attention",
                        new SelfAttention(
                                layout.channels(width, layout.stages() - 1 - attentionAfter),
                                spectralNorm,
                                WeightInit.NORMAL_002,
                                init));
    }

    @Override
    public boolean hasBatchNorm() {
        return batchNorm;
    }

    /** The dense hidden layer's units, or the last convolution's maps flattened. */
    @Override
    Tensor features(Tensor packs) {
        Tensor h = packs;
        for (int i = 0; i < downs.size(); i++) {
            h = activation.apply(Norm.apply(norms.get(i), downs.get(i).forward(h)));
            if (i == attentionAfter && attention != null) {
                h = attention.forward(h);
            }
        }
        Tensor features = h.reshape(packs.size(0), -1);
        if (hidden != null) {
            features = activation.apply(Norm.apply(hiddenNorm, hidden.forward(features)));
        }
        return features;
    }
}
