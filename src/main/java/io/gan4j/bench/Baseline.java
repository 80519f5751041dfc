package io.gan4j.bench;

import io.gan4j.config.OptimiserConfig;
import org.bytedeco.pytorch.Adam;
import org.bytedeco.pytorch.AdamOptions;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.RMSprop;
import org.bytedeco.pytorch.RMSpropOptions;
import org.bytedeco.pytorch.TensorVector;

/** A hand-written libtorch training loop that does the same work as gan4j's trainer for a config. */
interface Baseline {

    /** One generator step (0-based {@code step}) with its discriminator steps. */
    void step(int step);

    /**
     * The optimiser {@code c} asks for, built straight from libtorch's options (RMSProp with its α, or Adam with its
     * β₁, β₂), as a hand-written loop would.
     */
    static Optimizer optimiser(OptimiserConfig c, TensorVector params) {
        if (c.type().equals("rmsprop")) {
            RMSpropOptions o = new RMSpropOptions(c.lr());
            o.alpha().put(c.alpha());
            return new RMSprop(params, o);
        }
        AdamOptions o = new AdamOptions(c.lr());
        o.betas().put(0, c.beta2()).put(1, c.beta1()); // libstdc++'s std::tuple is stored in reverse
        return new Adam(params, o);
    }
}
