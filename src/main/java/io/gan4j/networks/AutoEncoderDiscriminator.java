package io.gan4j.networks;

import org.bytedeco.pytorch.ScalarTypeOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * EBGAN's discriminator (Zhao, Mathieu and LeCun, 2017, section 2.3): an auto-encoder whose
 * energy, its score, is the reconstruction error D(x) = ‖Dec(Enc(x)) − x‖², taken here as the mean
 * over the sample's values (pixels × channels, or coordinates), one energy per sample, so that one
 * margin suits every image size. Low energy means "looks real".
 *
 * <p>The decoder's output is linear (no tanh): an energy must be able to exceed the margin (EBGAN's
 * m = 10 is far above the 4 that a tanh output in [−1, 1] could reach per pixel). The code Enc(x) is
 * linear too; the pulling-away term reads it from {@link #judge}. No packing: one
 * energy per sample.
 */
public abstract class AutoEncoderDiscriminator extends DiscriminatorNetwork {

    /** Units of the code Enc(x). */
    public abstract int codeSize();

    /** Samples, shape (n, …) → codes, shape (n, codeSize). */
    public abstract Tensor encode(Tensor x);

    /** Codes, shape (n, codeSize) → reconstructions, shape (n, …) as the samples the codes came from. */
    public abstract Tensor decode(Tensor codes);

    @Override
    public int packing() {
        return 1;
    }

    /** Samples, shape (n, …) → Dec(Enc(x)), the same shape. */
    public Tensor reconstruct(Tensor x) {
        return decode(encode(x)).reshape(x.shape());
    }

    /** Samples, shape (n, …) → energies, shape (n). */
    @Override
    public Tensor forward(Tensor x) {
        return judge(x, null).scores();
    }

    /** Samples, shape (n, …) → energies, shape (n), and their codes, shape (n, codeSize), as the encoding. */
    @Override
    public Judgement judge(Tensor x, Tensor labels) {
        requireNoLabels(labels);
        Tensor codes = encode(x);
        return new Judgement(energy(x, decode(codes)), codes, null);
    }

    /**
     * The mean squared difference per sample: x and its reconstruction, each (n, …) with the same
     * number of values per sample → (n).
     */
    public static Tensor energy(Tensor x, Tensor reconstruction) {
        long n = x.size(0);
        return reconstruction
                .reshape(n, -1)
                .sub(x.reshape(n, -1))
                .square()
                .mean(new long[] {1}, false, new ScalarTypeOptional());
    }
}
