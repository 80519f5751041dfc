package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.relu;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * The generator of SNGAN's standard CNN (Miyato et al. 2018, "Spectral Normalization for Generative
 * Adversarial Networks", Table 3(a)): z ∈ R^128 → dense → M_g × M_g × 512 → three 4×4 stride-2
 * transposed convolutions to 256, 128, 64 channels, each with batch norm and ReLU (the dense layer
 * too) → 3×3 stride-1 convolution to the image's channels → tanh. M_g = side/8: 4 for 32×32
 * (CIFAR-10), 6 for 48×48 (STL-10). With width w the channels are 8w, 4w, 2w, w (the paper: w = 64).
 * Weights ~ N(0, 0.02²), as in the authors' code.
 *
 * <p>SAGAN's options: spectral norm on every layer, and a {@link SelfAttention} block after the
 * hidden feature maps of one side ({@link AttentionSides#snganGenerator}: M_g, 2M_g, 4M_g, 8M_g; SAGAN's best
 * is the largest, 32 for CIFAR-10).
 *
 * <p>Class-conditional: the input is [z, one-hot(y)] ({@link ConditionalLatent}); the projection
 * reads all of it and every batch norm is a {@link ConditionalBatchNorm} of class y, as in
 * {@link DcganGenerator} (whose Javadoc says why the batch norms alone are not enough).
 */
public final class SnganGenerator extends ConvolutionalGenerator {

    private final long width;
    private final int base;
    private final Dense project;
    private final Module projectNorm;
    private final List<Conv> ups = new ArrayList<>();
    private final List<Module> norms = new ArrayList<>();
    private final Conv toImage;

    public SnganGenerator(int latentDim, ImageShape image, int width, Norm norm, GeneratorOptional init) {
        this(latentDim, image, width, norm, false, 0, init);
    }

    /**
     * @param spectralNorm spectral normalisation of every layer (SAGAN)
     * @param attentionSide the side of the hidden feature maps followed by self-attention, or 0 for none
     */
    public SnganGenerator(
            int latentDim,
            ImageShape image,
            int width,
            Norm norm,
            boolean spectralNorm,
            int attentionSide,
            GeneratorOptional init) {
        this(latentDim, 0, image, width, norm, spectralNorm, attentionSide, init);
    }

    /**
     * @param latentDim the size of z
     * @param classes K for a class-conditional generator (input [z, one-hot(y)], batch norm {@link
     *     ConditionalBatchNorm}), 0 for none
     */
    public SnganGenerator(
            int latentDim,
            int classes,
            ImageShape image,
            int width,
            Norm norm,
            boolean spectralNorm,
            int attentionSide,
            GeneratorOptional init) {
        super(latentDim, classes);
        this.width = width;
        this.base = SnganDiscriminator.base(image);
        this.project = dense(
                "project",
                new Dense(latentDim + classes, 8L * width * base * base, spectralNorm, WeightInit.NORMAL_002, init));
        this.projectNorm = register(norm.module(8L * width, classes, true), "project_norm");
        long in = 8L * width;
        for (int i = 0; i < 3; i++) {
            long out = in / 2;
            ups.add(conv("up" + i, Conv.transposed(in, out, 4, 2, 1, spectralNorm, WeightInit.NORMAL_002, init)));
            norms.add(register(norm.module(out, classes, true), "norm" + i));
            in = out;
        }
        this.toImage =
                conv("to_image", Conv.conv(in, image.channels(), 3, 1, 1, spectralNorm, WeightInit.NORMAL_002, init));
        attendAt(
                attentionSide,
                AttentionSides.snganGenerator(image),
                i -> (8L * width) >> i,
                spectralNorm,
                "SNGAN",
                init);
    }

    /** z (or [z, one-hot(y)]), shape (n, latentDim) → images in [−1, 1], shape (n, C, 8·M_g, 8·M_g). */
    @Override
    public Tensor forward(Tensor input) {
        Tensor y = classesOf(input);
        Tensor h = project.forward(input).reshape(input.size(0), 8L * width, base, base);
        h = attend(relu(Norm.apply(projectNorm, h, y)));
        for (int i = 0; i < ups.size(); i++) {
            h = attend(relu(Norm.apply(norms.get(i), ups.get(i).forward(h), y)));
        }
        return toImage.forward(h).tanh();
    }
}
