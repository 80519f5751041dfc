package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.rand;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.DimnameListOptional;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/** The distribution of the generator's input z. */
public enum LatentPrior {
    /** z ~ N(0, I). */
    NORMAL,
    /** z ~ U[−1, 1]^d. */
    UNIFORM;

    /** The prior a config calls {@code name} ({@code normal} or {@code uniform}). */
    public static LatentPrior byConfigName(String name) {
        return switch (name) {
            case "normal" -> NORMAL;
            case "uniform" -> UNIFORM;
            default ->
                throw new IllegalArgumentException("unknown latent prior '" + name + "'; known: normal, uniform");
        };
    }

    /** n draws of dimension d, shape (n, d). */
    public Tensor sample(long n, long d, GeneratorOptional noise) {
        long[] shape = {n, d};
        if (this == NORMAL) {
            return randn(shape, noise);
        }
        return rand(shape, noise, new DimnameListOptional())
                .mul(Tensors.scalar(2.0))
                .sub(Tensors.scalar(1.0));
    }
}
