package io.gan4j.networks;

import io.gan4j.regularisers.SpectralNorm;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * A layer with one weight W, optionally spectrally normalised (Miyato et al. 2018): applied as W,
 * or W/σ(W) with σ(W) estimated by one power-iteration step per update ({@link SpectralNorm},
 * whose ũ and ṽ are the layer's buffers {@code sn_u} and {@code sn_v}). {@link Dense}, {@link Conv}
 * and the {@link ClassEmbedding} share it.
 */
public abstract class WeightLayer extends Module {

    private Tensor weight;
    private SpectralNorm spectralNorm;

    /**
     * Sets the raw weight and its normalisation ({@code null} for none), whose ũ and ṽ become buffers; once, in
     * the constructor.
     */
    protected final void weight(Tensor w, SpectralNorm normalisation) {
        this.weight = w;
        this.spectralNorm = normalisation;
        if (normalisation != null) {
            register_buffer("sn_u", normalisation.u());
            register_buffer("sn_v", normalisation.v());
        }
    }

    /** The raw weight W (its shape is the layer's). */
    public Tensor weight() {
        return weight;
    }

    /** The spectral normalisation, or {@code null} if the layer has none. */
    public SpectralNorm spectralNorm() {
        return spectralNorm;
    }

    /** One power-iteration step, if spectrally normalised. */
    public void powerIteration() {
        if (spectralNorm != null) {
            spectralNorm.powerIteration(weight);
        }
    }

    /** The weight as the layer applies it: W, or W/σ(W) with the current ũ, ṽ. */
    public Tensor effectiveWeight() {
        return spectralNorm == null ? weight : spectralNorm.normalise(weight);
    }
}
