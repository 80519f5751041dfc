package io.gan4j.networks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.TensorVector;

/**
 * A generator or discriminator: a libtorch module that knows its dense and convolution layers, so
 * that spectral normalisation's power iteration and per-layer diagnostics can reach them.
 */
public abstract class Network extends Module {

    private final List<Dense> denseLayers = new ArrayList<>();
    private final List<Conv> convLayers = new ArrayList<>();

    /** Registers {@code layer} under {@code name} and remembers it as one of the network's dense layers. */
    protected Dense dense(String name, Dense layer) {
        denseLayers.add(register_module(name, layer));
        return layer;
    }

    /** Registers {@code layer} under {@code name} and remembers it as one of the network's convolutions. */
    protected Conv conv(String name, Conv layer) {
        convLayers.add(register_module(name, layer));
        return layer;
    }

    /** Registers a self-attention block under {@code name}; its 1×1 convolutions join the network's convolutions. */
    protected SelfAttention attention(String name, SelfAttention block) {
        register_module(name, block);
        convLayers.addAll(block.convs());
        return block;
    }

    /** The convolution layers (plain and transposed) in forward order. */
    public List<Conv> convLayers() {
        return Collections.unmodifiableList(convLayers);
    }

    /** The dense layers in forward order (subclasses made of parts override this to include theirs). */
    public List<Dense> denseLayers() {
        return Collections.unmodifiableList(denseLayers);
    }

    /** One power-iteration step in every spectrally normalised layer (once per update). */
    public void powerIteration() {
        for (Dense d : denseLayers()) {
            d.powerIteration();
        }
        for (Conv c : convLayers()) {
            c.powerIteration();
        }
    }

    /** Whether any layer is spectrally normalised. */
    public boolean hasSpectralNorm() {
        return denseLayers().stream().anyMatch(d -> d.spectralNorm() != null)
                || convLayers().stream().anyMatch(c -> c.spectralNorm() != null);
    }

    /** The number of trainable scalars. */
    public long parameterCount() {
        TensorVector ps = parameters();
        long n = 0;
        for (long i = 0; i < ps.size(); i++) {
            n += ps.get(i).numel();
        }
        return n;
    }
}
