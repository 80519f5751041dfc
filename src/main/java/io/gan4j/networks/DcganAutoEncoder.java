package io.gan4j.networks;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * EBGAN's auto-encoder discriminator for images, built from DCGAN's blocks ({@link DcganLayout}):
 * the encoder is {@link DcganDiscriminator}'s stack of n convolutions 4×4, stride 2, padding 1 (the
 * norm on all but the first, then the activation), flattened and mapped by a dense layer to the
 * code (linear); the decoder mirrors {@link DcganGenerator}: dense code → (width·2^(n−1), b, b) with
 * norm and activation, then n transposed convolutions 4×4, stride 2, padding 1 doubling the side,
 * the last one to the image's channels with a linear output (no tanh, see
 * {@link AutoEncoderDiscriminator}). 28×28 with width 64 and code 64: 1×28×28 → 64×14×14 →
 * 128×7×7 → 64 (code) → 128×7×7 → 64×14×14 → 1×28×28. Weights ~ N(0, 0.02²), biases 0.
 */
public final class DcganAutoEncoder extends AutoEncoderDiscriminator {

    private final ImageShape image;
    private final Activation activation;
    private final DcganLayout layout;
    private final long width;
    private final int codeSize;
    private final List<Conv> downs = new ArrayList<>();
    private final List<Module> downNorms = new ArrayList<>();
    private final Dense code;
    private final Dense project;
    private final Module projectNorm;
    private final List<Conv> ups = new ArrayList<>();
    private final List<Module> upNorms = new ArrayList<>();
    private final boolean batchNorm;

    /**
     * @param width feature maps of the encoder's first and the decoder's last hidden layer
     * @param codeSize units of the code
     * @param norm normalisation after every hidden layer but the encoder's first
     * @param activation the hidden nonlinearity of encoder and decoder
     * @param spectralNorm spectral normalisation of every layer
     */
    public DcganAutoEncoder(
            ImageShape image,
            int width,
            int codeSize,
            Norm norm,
            Activation activation,
            boolean spectralNorm,
            GeneratorOptional init) {
        DcganGenerator.requireSquare(image);
        if (codeSize < 1) {
            throw new IllegalArgumentException("an auto-encoder needs a code of at least 1 unit, found " + codeSize);
        }
        this.image = image;
        this.activation = activation;
        this.layout = DcganLayout.of(image.height());
        this.width = width;
        this.codeSize = codeSize;
        this.batchNorm = norm == Norm.BATCH;
        long in = image.channels();
        for (int i = 0; i < layout.stages(); i++) {
            long out = layout.channels(width, layout.stages() - 1 - i);
            downs.add(conv("down" + i, Conv.conv(in, out, 4, 2, 1, spectralNorm, WeightInit.NORMAL_002, init)));
            downNorms.add(i == 0 ? null : register(norm.module2d(out), "down_norm" + i));
            in = out;
        }
        long base = layout.channels(width, 0);
        long flat = base * layout.base() * layout.base();
        this.code = dense("code", new Dense(flat, codeSize, spectralNorm, WeightInit.NORMAL_002, init));
        this.project = dense("project", new Dense(codeSize, flat, spectralNorm, WeightInit.NORMAL_002, init));
        this.projectNorm = register(norm.module2d(base), "project_norm");
        for (int i = 0; i < layout.stages(); i++) {
            boolean last = i == layout.stages() - 1;
            long out = last ? image.channels() : layout.channels(width, i + 1);
            ups.add(conv(
                    "up" + i,
                    Conv.transposed(
                            layout.channels(width, i), out, 4, 2, 1, spectralNorm, WeightInit.NORMAL_002, init)));
            if (!last) {
                upNorms.add(register(norm.module2d(out), "up_norm" + i));
            }
        }
    }

    private Module register(Module m, String name) {
        return m == null ? null : register_module(name, m);
    }

    @Override
    public int codeSize() {
        return codeSize;
    }

    @Override
    public boolean hasBatchNorm() {
        return batchNorm;
    }

    public DcganLayout layout() {
        return layout;
    }

    /** Images, shape (n, C, H, W) → codes, shape (n, codeSize). */
    @Override
    public Tensor encode(Tensor x) {
        long n = x.size(0);
        Tensor h = x.reshape(n, image.channels(), image.height(), image.width());
        for (int i = 0; i < downs.size(); i++) {
            h = activation.apply(Norm.apply(downNorms.get(i), downs.get(i).forward(h)));
        }
        return code.forward(h.reshape(n, -1));
    }

    /** Codes, shape (n, codeSize) → reconstructions, shape (n, C, H, W), unbounded. */
    @Override
    public Tensor decode(Tensor codes) {
        long b = layout.base();
        Tensor h = project.forward(codes).reshape(codes.size(0), layout.channels(width, 0), b, b);
        h = activation.apply(Norm.apply(projectNorm, h));
        for (int i = 0; i < ups.size(); i++) {
            h = ups.get(i).forward(h);
            if (i < upNorms.size()) {
                h = activation.apply(Norm.apply(upNorms.get(i), h));
            }
        }
        return h;
    }
}
