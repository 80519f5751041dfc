package io.gan4j.networks;

import java.util.List;
import org.bytedeco.pytorch.BatchNorm1dImpl;
import org.bytedeco.pytorch.BatchNorm2dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * The normalisation after a hidden convolution: none, or batch normalisation (Ioffe and Szegedy
 * 2015; γ = 1, β = 0 initially, running statistics with momentum 0.1, ε = 1e-5, libtorch's
 * defaults). A critic under a gradient penalty must use {@link #NONE}: batch norm makes each score
 * depend on the whole batch.
 */
public enum Norm {
    NONE("none"),
    BATCH("batch");

    private final String configName;

    Norm(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The names a config can give (besides {@code auto}). */
    public static List<String> configNames() {
        return List.of("none", "batch");
    }

    /** The norm a config calls {@code name}. */
    public static Norm byConfigName(String name) {
        for (Norm n : values()) {
            if (n.configName.equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown norm '" + name + "'; known: " + String.join(", ", configNames()));
    }

    /** A module normalising (n, channels, h, w) feature maps, or {@code null} for {@link #NONE}. */
    BatchNorm2dImpl module2d(long channels) {
        return this == BATCH ? new BatchNorm2dImpl(new BatchNormOptions(channels)) : null;
    }

    /** A module normalising (n, features) activations of a dense layer, or {@code null} for {@link #NONE}. */
    BatchNorm1dImpl module1d(long features) {
        return this == BATCH ? new BatchNorm1dImpl(new BatchNormOptions(features)) : null;
    }

    /**
     * As {@link #module2d(long)} ({@code maps}) or {@link #module1d(long)}, class-conditional
     * ({@link ConditionalBatchNorm}) when {@code classes} &gt; 0, which needs {@link #BATCH}.
     */
    Module module(long channels, int classes, boolean maps) {
        if (classes == 0) {
            return maps ? module2d(channels) : module1d(channels);
        }
        if (this != BATCH) {
            throw new IllegalArgumentException(
                    "class conditioning goes through batch norm: use norm batch, found " + configName);
        }
        return new ConditionalBatchNorm(channels, classes, maps);
    }

    /**
     * Applies {@code module} (from {@link #module}) if there is one, with the one-hot classes
     * {@code y} (shape (n, K); {@code null} without classes) when it is class-conditional.
     */
    static Tensor apply(Module module, Tensor x, Tensor y) {
        return module instanceof ConditionalBatchNorm c ? c.forward(x, y) : apply(module, x);
    }

    /** Applies {@code module} (from {@link #module2d} or {@link #module1d}) if there is one. */
    static Tensor apply(Module module, Tensor x) {
        if (module == null) {
            return x;
        }
        return module instanceof BatchNorm1dImpl bn ? bn.forward(x) : ((BatchNorm2dImpl) module).forward(x);
    }
}
