package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.empty;

import io.gan4j.regularisers.SpectralNorm;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * The class embedding V of a projection discriminator: class y ↦ row y of V ({@link #weight()},
 * classes × dim),
 * optionally spectrally normalised (V/σ(V), σ the largest singular value of V, one power-iteration
 * step per update, as the {@code SNEmbedID} of Miyato and Koyama's code). Initial V ~ U(−a, a),
 * a = √(6/(K + dim)) (Glorot uniform, the authors' initialiser), from the run's {@code init} stream.
 */
public final class ClassEmbedding extends WeightLayer {

    /**
     * @param classes K, the rows
     * @param dim the length of each class's vector
     */
    public ClassEmbedding(int classes, long dim, boolean spectralNorm, GeneratorOptional init) {
        if (classes < 1 || dim < 1) {
            throw new IllegalArgumentException(
                    "a class embedding needs classes ≥ 1 and dim ≥ 1, found " + classes + " and " + dim);
        }
        Tensor weight = new Tensor(register_parameter("weight", empty(classes, dim)));
        double bound = Math.sqrt(6.0 / (classes + dim));
        try (NoGradGuard guard = new NoGradGuard()) {
            weight.uniform_(-bound, bound, init);
        }
        weight(weight, spectralNorm ? new SpectralNorm(classes, dim, init) : null);
    }

    /** Labels, shape (n), int64 in [0, classes) → their rows of V (or V/σ(V)), shape (n, dim). */
    public Tensor forward(Tensor labels) {
        return effectiveWeight().index_select(0, labels);
    }
}
