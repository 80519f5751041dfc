package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.cat;
import static org.bytedeco.pytorch.global.torch.one_hot;
import static org.bytedeco.pytorch.global.torch.rand;
import static org.bytedeco.pytorch.global.torch.randint;

import io.gan4j.torch.Tensors;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.DimnameListOptional;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorArrayRef;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * InfoGAN's generator input (Chen et al. 2016, section 5): incompressible noise z ∈ R^noise from
 * the noise prior, categorical codes c_i ~ Cat(K_i) uniform, and continuous codes c_j ~ U(−1, 1),
 * laid out as [z, one-hot(c₁), …, one-hot(c_k), c_cont]: {@code noise + ΣK_i + continuous} values.
 * The paper's MNIST: 62 + 10 + 2 = 74.
 *
 * @param noise the size of z
 * @param categories K_i of each categorical code, in order
 * @param continuous the number of continuous codes
 */
public record InfoganLatent(int noise, LatentPrior noisePrior, List<Integer> categories, int continuous)
        implements Latent {

    /**
     * A batch of codes.
     *
     * @param noise z, shape (n, noise), float
     * @param categories the category of each categorical code, shape (n, k), int64 in [0, K_i)
     * @param continuous the continuous codes, shape (n, continuous), float in [−1, 1]
     */
    public record Codes(Tensor noise, Tensor categories, Tensor continuous) {

        /** The batch size n. */
        public long size() {
            return noise.size(0);
        }
    }

    public InfoganLatent {
        categories = List.copyOf(categories);
        if (noise < 1 || continuous < 0 || categories.stream().anyMatch(k -> k < 2)) {
            throw new IllegalArgumentException(
                    "InfoGAN's latent needs noise ≥ 1, categories ≥ 2 and continuous ≥ 0, found noise " + noise
                            + ", categories " + categories + ", continuous " + continuous);
        }
    }

    @Override
    public int dim() {
        return noise + categories.stream().mapToInt(Integer::intValue).sum() + continuous;
    }

    /** Where the one-hot vector of categorical code i starts in the generator's input. */
    public int categoricalOffset(int i) {
        int at = noise;
        for (int j = 0; j < i; j++) {
            at += categories.get(j);
        }
        return at;
    }

    /** Where the continuous codes start in the generator's input. */
    public int continuousOffset() {
        return dim() - continuous;
    }

    /** n draws of z and the codes from {@code stream}: z first, then the categories, then the continuous codes. */
    public Codes sampleCodes(long n, GeneratorOptional stream) {
        Tensor z = noisePrior.sample(n, noise, stream);
        List<Tensor> columns = new ArrayList<>();
        for (int k : categories) {
            columns.add(randint(k, new long[] {n, 1}, stream));
        }
        Tensor c = columns.isEmpty()
                ? org.bytedeco.pytorch.global.torch.zeros(
                        new long[] {n, 0}, new org.bytedeco.pytorch.TensorOptions(ScalarType.Long))
                : cat(new TensorArrayRef(new TensorVector(columns.toArray(new Tensor[0]))), 1);
        Tensor u = rand(new long[] {n, continuous}, stream, new DimnameListOptional())
                .mul(Tensors.scalar(2.0))
                .sub(Tensors.scalar(1.0));
        return new Codes(z, c, u);
    }

    /** The generator's input for {@code codes}: [z, one-hot(c₁), …, one-hot(c_k), c_cont], shape (n, dim), float. */
    public Tensor input(Codes codes) {
        List<Tensor> parts = new ArrayList<>();
        parts.add(codes.noise());
        for (int i = 0; i < categories.size(); i++) {
            parts.add(
                    one_hot(codes.categories().select(1, i), categories.get(i)).toType(ScalarType.Float));
        }
        parts.add(codes.continuous());
        return Tensors.cat(parts, 1);
    }

    @Override
    public Tensor sample(long n, GeneratorOptional stream) {
        return input(sampleCodes(n, stream));
    }

    /** n inputs with the noise and codes they were made from, from {@code stream} as {@link #sampleCodes}. */
    @Override
    public Draw draw(long n, GeneratorOptional stream) {
        Codes codes = sampleCodes(n, stream);
        return new Draw(input(codes), null, codes);
    }
}
