package io.gan4j.training;

import io.gan4j.config.OptimiserConfig;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.pytorch.Adam;
import org.bytedeco.pytorch.AdamOptions;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.RMSprop;
import org.bytedeco.pytorch.RMSpropOptions;
import org.bytedeco.pytorch.SGD;
import org.bytedeco.pytorch.SGDOptions;
import org.bytedeco.pytorch.TensorVector;

/** Builds libtorch optimisers from {@link OptimiserConfig}s. */
public final class Optimisers {

    private Optimisers() {}

    /** The optimiser {@code config} describes, over {@code parameters}. */
    public static Optimizer create(OptimiserConfig config, TensorVector parameters) {
        return switch (config.type()) {
            case "adam" -> {
                AdamOptions options = new AdamOptions(config.lr());
                setBetas(options, config.beta1(), config.beta2());
                yield new Adam(parameters, options);
            }
            case "rmsprop" -> {
                RMSpropOptions options = new RMSpropOptions(config.lr());
                options.alpha().put(config.alpha());
                options.momentum().put(config.momentum());
                yield new RMSprop(parameters, options);
            }
            case "sgd" -> {
                SGDOptions options = new SGDOptions(config.lr());
                options.momentum().put(config.momentum());
                yield new SGD(parameters, options);
            }
            default ->
                throw new IllegalArgumentException("unknown optimiser type '" + config.type() + "'; known: "
                        + String.join(", ", OptimiserConfig.TYPES));
        };
    }

    /**
     * Sets Adam's (β₁, β₂). The presets expose the C++ {@code std::tuple<double, double>} as a raw
     * pointer, and libstdc++ lays a tuple out in reverse order, so index 0 is β₂ there. The layout is
     * detected from the defaults (0.9, 0.999) rather than assumed.
     */
    static void setBetas(AdamOptions options, double beta1, double beta2) {
        DoublePointer betas = options.betas();
        boolean reversed = betas.get(0) == 0.999 && betas.get(1) == 0.9;
        boolean forward = betas.get(0) == 0.9 && betas.get(1) == 0.999;
        if (!reversed && !forward) {
            throw new IllegalStateException(
                    "unexpected AdamOptions betas layout: " + betas.get(0) + ", " + betas.get(1));
        }
        betas.put(reversed ? 1 : 0, beta1);
        betas.put(reversed ? 0 : 1, beta2);
    }

    /** Sets the learning rate of every parameter group of {@code optimiser} (for a decay schedule). */
    public static void setLearningRate(Optimizer optimiser, double lr) {
        var groups = optimiser.param_groups();
        for (long i = 0; i < groups.size(); i++) {
            groups.get(i).options().set_lr(lr);
        }
    }
}
