package io.gan4j.reports;

import static org.bytedeco.pytorch.global.torch.cat;

import io.gan4j.networks.AutoEncoderDiscriminator;
import io.gan4j.networks.ImageShape;
import io.gan4j.torch.Devices;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Gan;
import java.nio.file.Path;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorArrayRef;
import org.bytedeco.pytorch.TensorVector;

/**
 * Image runs with EBGAN's auto-encoder discriminator: what D reconstructs, in
 * {@code reconstructions.png}, rewritten whenever a sample grid is drawn (before training, every
 * {@code log.grid_every} steps, at the end). Four rows of n images: fixed real images, D's
 * reconstructions Dec(Enc(x)) of them, the sampling generator's images from fixed codes, and D's
 * reconstructions of those; D in evaluation mode, without autograd. D's energy is the mean squared
 * difference between rows 1 and 2 (real) and rows 3 and 4 (generated): a D that separates them well
 * reconstructs the real images and fails on the generated ones, by up to the margin.
 */
public final class Reconstructions extends OneFilePicture {

    /** The file's name in the run directory. */
    public static final String FILE = "reconstructions.png";

    private final ImageShape shape;
    private final Tensor real;
    private final Tensor codes;

    /**
     * @param real the n real images shown, shape (n, C, H, W) in [−1, 1]
     * @param codes the n latent codes of the generated images shown, shape (n, latentDim)
     * @param every rewrite every this many generator steps (0: only before training and at the end)
     */
    public Reconstructions(Path dir, ImageShape shape, int every, Tensor real, Tensor codes) {
        super(every, dir.resolve(FILE));
        if (real.size(0) != codes.size(0)) {
            throw new IllegalArgumentException(real.size(0) + " real images but " + codes.size(0) + " codes");
        }
        this.shape = shape;
        this.real = real;
        this.codes = codes;
    }

    @Override
    void draw(Gan gan) {
        Tensor generated = gan.generateFrom(codes);
        AutoEncoderDiscriminator ae = (AutoEncoderDiscriminator) gan.discriminator();
        Tensor rows = cat(new TensorArrayRef(new TensorVector(
                real,
                Devices.inEvaluation(ae, gan.parts().device(), ae::reconstruct, real),
                generated,
                Devices.inEvaluation(ae, gan.parts().device(), ae::reconstruct, generated))));
        ImageGridPng.write(
                file(), Tensors.toFloats(rows), shape.channels(), shape.height(), shape.width(), 4, (int) real.size(0));
    }
}
