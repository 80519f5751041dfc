package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.relu;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * The DCGAN generator (Radford, Metz and Chintala 2016, "Unsupervised Representation Learning with
 * Deep Convolutional Generative Adversarial Networks", Figure 1): z is projected by a dense layer
 * and reshaped to (width·2^(n−1), b, b), then n transposed convolutions 4×4, stride 2, padding 1
 * double the side and halve the channels, the last one to the image's channels; batch norm and
 * ReLU after every layer but the output, which is tanh. The depth n and the base b follow the
 * image size ({@link DcganLayout}): 28×28 is 100 → 128×7×7 → 64×14×14 → 1×28×28 with width 64.
 * Weights ~ N(0, 0.02²) as in the paper.
 *
 * <p>SAGAN's options: spectral norm on every layer, and a {@link SelfAttention} block after the
 * hidden feature maps of one side ({@link AttentionSides#dcganGenerator}: b, 2b, …, the side before the output).
 *
 * <p>InfoGAN's MNIST option (Chen et al. 2016, Table 1): a dense hidden layer of {@code dense}
 * units, with the norm and ReLU, before the projection (74 → 1024 → 128×7×7 → 64×14×14 → 1×28×28).
 *
 * <p>Class-conditional: the input is [z, one-hot(y)] ({@link ConditionalLatent}), and G reads
 * y in two places: the first dense layer takes the whole input (the conditional GAN of Mirza and
 * Osindero 2014, and BigGAN's class embedding concatenated to z), and every batch norm is a
 * {@link ConditionalBatchNorm} of class y (Miyato and Koyama 2018; SAGAN). The batch norms alone
 * are the authors' design, but their class tables start at γ = 1, β = 0 and Adam moves each entry
 * by at most its learning rate a step: at 2e-4 and a few thousand steps the generator ignored its
 * class (11 % class agreement after 800 steps, see docs/models.md), while the dense path gives
 * every class a 1 × (first layer's outputs) row of its own from the first step.
 */
public final class DcganGenerator extends ConvolutionalGenerator {

    private final ImageShape image;
    private final DcganLayout layout;
    private final long width;
    private final Dense hidden;
    private final Module hiddenNorm;
    private final Dense project;
    private final Module projectNorm;
    private final List<Conv> ups = new ArrayList<>();
    private final List<Module> norms = new ArrayList<>();

    /**
     * @param width feature maps of the last hidden layer (the paper's and PyTorch's ngf; 64)
     * @param norm batch norm after the hidden layers (the paper's), or none
     */
    public DcganGenerator(int latentDim, ImageShape image, int width, Norm norm, GeneratorOptional init) {
        this(latentDim, image, width, norm, false, 0, init);
    }

    /**
     * @param spectralNorm spectral normalisation of every layer (SAGAN)
     * @param attentionSide the side of the hidden feature maps followed by self-attention, or 0 for none
     */
    public DcganGenerator(
            int latentDim,
            ImageShape image,
            int width,
            Norm norm,
            boolean spectralNorm,
            int attentionSide,
            GeneratorOptional init) {
        this(latentDim, image, width, norm, spectralNorm, attentionSide, 0, init);
    }

    /** @param dense units of a dense hidden layer before the projection (InfoGAN's MNIST: 1024), or 0 for none */
    public DcganGenerator(
            int latentDim,
            ImageShape image,
            int width,
            Norm norm,
            boolean spectralNorm,
            int attentionSide,
            int dense,
            GeneratorOptional init) {
        this(latentDim, 0, image, width, norm, spectralNorm, attentionSide, dense, init);
    }

    /**
     * @param latentDim the size of z
     * @param classes K for a class-conditional generator (input [z, one-hot(y)], batch norm {@link
     *     ConditionalBatchNorm}), 0 for none
     */
    public DcganGenerator(
            int latentDim,
            int classes,
            ImageShape image,
            int width,
            Norm norm,
            boolean spectralNorm,
            int attentionSide,
            int dense,
            GeneratorOptional init) {
        super(latentDim, classes);
        requireSquare(image);
        if (dense < 0) {
            throw new IllegalArgumentException(
                    "a dense hidden layer needs at least 1 unit (0 for none), found " + dense);
        }
        this.image = image;
        this.layout = DcganLayout.of(image.height());
        this.width = width;
        long base = layout.channels(width, 0);
        this.hidden = dense == 0
                ? null
                : dense("dense", new Dense(latentDim + classes, dense, spectralNorm, WeightInit.NORMAL_002, init));
        this.hiddenNorm = dense == 0 ? null : register(norm.module(dense, classes, false), "dense_norm");
        this.project = dense(
                "project",
                new Dense(
                        dense == 0 ? latentDim + classes : dense,
                        base * layout.base() * layout.base(),
                        spectralNorm,
                        WeightInit.NORMAL_002,
                        init));
        this.projectNorm = register(norm.module(base, classes, true), "project_norm");
        for (int i = 0; i < layout.stages(); i++) {
            boolean last = i == layout.stages() - 1;
            long in = layout.channels(width, i);
            long out = last ? image.channels() : layout.channels(width, i + 1);
            ups.add(conv("up" + i, Conv.transposed(in, out, 4, 2, 1, spectralNorm, WeightInit.NORMAL_002, init)));
            if (!last) {
                norms.add(register(norm.module(out, classes, true), "norm" + i));
            }
        }
        attendAt(
                attentionSide,
                AttentionSides.dcganGenerator(image),
                i -> layout.channels(width, (int) i),
                spectralNorm,
                "DCGAN",
                init);
    }

    /** {@code image}, if it is square. */
    static ImageShape requireSquare(ImageShape image) {
        if (image.height() != image.width()) {
            throw new IllegalArgumentException("DCGAN and SNGAN networks need square images, found " + image);
        }
        return image;
    }

    public DcganLayout layout() {
        return layout;
    }

    /**
     * z (or [z, one-hot(y)], all of it read by the first dense layer), shape (n, latentDim) → images in [−1,
     * 1], shape (n, C, H, W).
     */
    @Override
    public Tensor forward(Tensor input) {
        long b = layout.base();
        Tensor y = classesOf(input);
        Tensor in = hidden == null ? input : relu(Norm.apply(hiddenNorm, hidden.forward(input), y));
        Tensor h = project.forward(in).reshape(input.size(0), layout.channels(width, 0), b, b);
        h = attend(relu(Norm.apply(projectNorm, h, y)));
        for (int i = 0; i < ups.size(); i++) {
            h = ups.get(i).forward(h);
            h = i < norms.size() ? attend(relu(Norm.apply(norms.get(i), h, y))) : h.tanh();
        }
        return h;
    }

    /** The shape of one generated image. */
    public ImageShape image() {
        return image;
    }
}
