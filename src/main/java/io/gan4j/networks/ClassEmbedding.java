package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.empty;

import io.gan4j.regularisers.SpectralNorm;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * The class embedding V of a projection discriminator: class y ↦ row y of V (classes × dim),
 * optionally spectrally normalised (V/σ(V), σ the largest singular value of V, one power-iteration
 * step per update, as the {@code SNEmbedID} of Miyato and Koyama's code). Initial V ~ U(−a, a),
 * a = √(6/(K + dim)) (Glorot uniform, the authors' initialiser), from the run's {@code init} stream.
 */
public final class ClassEmbedding extends Module {

    private final Tensor weight;
    private final SpectralNorm spectralNorm;

    /**
     * @param classes K, the rows
     * @param dim the length of each class's vector
     */
    public ClassEmbedding(int classes, long dim, boolean spectralNorm, GeneratorOptional init) {
        if (classes < 1 || dim < 1) {
            throw new IllegalArgumentException("a class embedding needs classes ≥ 1 and dim ≥ 1, found " + classes + " and " + dim);
        }
        this.weight = new Tensor(register_parameter("weight", empty(classes, dim)));
        double bound = Math.sqrt(6.0 / (classes + dim));
        try (NoGradGuard guard = new NoGradGuard()) {
            weight.uniform_(-bound, bound, init);
        }
        if (spectralNorm) {
            this.spectralNorm = new SpectralNorm(classes, dim, init);
            register_buffer("sn_u", this.spectralNorm.u());
            register_buffer("sn_v", this.spectralNorm.v());
        } else {
            this.spectralNorm = null;
        }
    }

    /** Labels, shape (n), int64 in [0, classes) → their rows of V (or V/σ(V)), shape (n, dim). */
    public Tensor forward(Tensor labels) {
        return effectiveWeight().index_select(0, labels);
    }

    /** The raw V, shape (classes, dim). */
    public Tensor weight() {
        return weight;
    }

    /** The spectral normalisation, or {@code null}. */
    public SpectralNorm spectralNorm() {
        return spectralNorm;
    }

    /** One power-iteration step, if spectrally normalised. */
    public void powerIteration() {
        if (spectralNorm != null) {
            spectralNorm.powerIteration(weight);
        }
    }

    /** V as applied: V, or V/σ(V). */
    public Tensor effectiveWeight() {
        return spectralNorm == null ? weight : spectralNorm.normalise(weight);
    }
}
