package io.gan4j.config;

import java.util.List;

/**
 * One network's optimiser. Fields that the chosen type does not use are ignored.
 *
 * @param type {@code adam}, {@code rmsprop} or {@code sgd}
 * @param lr learning rate
 * @param beta1 Adam's β₁
 * @param beta2 Adam's β₂
 * @param alpha RMSProp's smoothing constant (libtorch's default 0.99)
 * @param momentum SGD's or RMSProp's momentum
 */
public record OptimiserConfig(String type, double lr, double beta1, double beta2, double alpha, double momentum) {

    /** The optimiser types a config can name. */
    public static final List<String> TYPES = List.of("adam", "rmsprop", "sgd");

    public static OptimiserConfig defaults() {
        return adam(1e-4, 0.5, 0.9);
    }

    /** Adam with the given learning rate and betas. */
    public static OptimiserConfig adam(double lr, double beta1, double beta2) {
        return new OptimiserConfig("adam", lr, beta1, beta2, 0.99, 0.0);
    }

    /** RMSProp (α = 0.99, no momentum) with the given learning rate. */
    public static OptimiserConfig rmsprop(double lr) {
        return new OptimiserConfig("rmsprop", lr, 0.9, 0.999, 0.99, 0.0);
    }

    void validate(Violations v, String path) {
        v.oneOf(path + ".type", type, TYPES);
        v.positive(path + ".lr", lr);
        v.inHalfOpen(path + ".beta1", beta1, 0.0, 1.0);
        v.inHalfOpen(path + ".beta2", beta2, 0.0, 1.0);
        v.inHalfOpen(path + ".alpha", alpha, 0.0, 1.0);
        v.require(
                momentum >= 0 && Double.isFinite(momentum),
                path + ".momentum",
                "must be non-negative, found " + momentum);
    }
}
