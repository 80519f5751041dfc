package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.cat;
import static org.bytedeco.pytorch.global.torch.one_hot;
import static org.bytedeco.pytorch.global.torch.randint;

import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorArrayRef;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * A class-conditional generator's input (Miyato and Koyama 2018; SAGAN's ImageNet model):
 * z ∈ R^noise from the noise prior and a class y ~ uniform Cat(K), laid out as [z, one-hot(y)],
 * {@code noise + classes} values. The generator projects z and reads y in its class-conditional
 * batch norms ({@link ConditionalBatchNorm}); the discriminator is told y as an index.
 *
 * @param noise the size of z
 * @param classes K ≥ 2
 */
public record ConditionalLatent(int noise, LatentPrior noisePrior, int classes) implements Latent {

    /**
     * A batch of draws.
     *
     * @param noise z, shape (n, noise), float
     * @param labels y, shape (n), int64 in [0, classes)
     */
    public record Codes(Tensor noise, Tensor labels) {}

    public ConditionalLatent {
        if (noise < 1 || classes < 2) {
            throw new IllegalArgumentException(
                    "a class-conditional latent needs noise ≥ 1 and classes ≥ 2, found noise " + noise + ", classes "
                            + classes);
        }
    }

    @Override
    public int dim() {
        return noise + classes;
    }

    /** n draws of z and y from {@code stream}: z first, then the classes. */
    public Codes sampleCodes(long n, GeneratorOptional stream) {
        Tensor z = noisePrior.sample(n, noise, stream);
        return new Codes(z, randint(classes, new long[] {n}, stream));
    }

    /** n draws of z from {@code stream}, for the given classes (one per draw). */
    public Codes codesFor(long[] labels, GeneratorOptional stream) {
        return new Codes(noisePrior.sample(labels.length, noise, stream), Tensor.create(labels));
    }

    /** The generator's input for {@code codes}: [z, one-hot(y)], shape (n, dim), float, on the codes' device. */
    public Tensor input(Codes codes) {
        Tensor y = one_hot(codes.labels(), classes).toType(ScalarType.Float);
        return cat(new TensorArrayRef(new TensorVector(codes.noise(), y)), 1);
    }

    @Override
    public Tensor sample(long n, GeneratorOptional stream) {
        return input(sampleCodes(n, stream));
    }

    /** n inputs with the classes they were drawn for, from {@code stream} as {@link #sampleCodes}. */
    @Override
    public Draw draw(long n, GeneratorOptional stream) {
        Codes codes = sampleCodes(n, stream);
        return new Draw(input(codes), codes.labels(), null);
    }

    /** The classes of a grid of {@code rows} × {@code cols} images, row by row: row r is class r mod K. */
    public long[] byRow(int rows, int cols) {
        long[] labels = new long[rows * cols];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (i / cols) % classes;
        }
        return labels;
    }
}
