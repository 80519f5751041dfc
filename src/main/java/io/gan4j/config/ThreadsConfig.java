package io.gan4j.config;

import io.gan4j.torch.ThreadSettings;

/**
 * Threads for libtorch's intra-op pool and for OpenBLAS; 0 means the measured default for the
 * run's networks ({@link ThreadSettings#defaults()} for fully connected ones,
 * {@link ThreadSettings#convolutionDefaults()} for convolutional ones). Results are reproducible
 * for a given setting.
 *
 * @param intraOp intra-op threads, or 0
 * @param blas BLAS threads, or 0
 * @param total compute threads to use in all (the command line's {@code --threads N}), split the
 *     measured way: fully connected networks 1 intra-op + N BLAS, convolutional ones N intra-op +
 *     1 BLAS; 0 = as many as the machine has free. {@code intra_op} and {@code blas}, when set,
 *     take precedence.
 */
public record ThreadsConfig(int intraOp, int blas, int total) {

    public static ThreadsConfig defaults() {
        return new ThreadsConfig(0, 0, 0);
    }

    /** The settings to apply for fully connected networks. */
    public ThreadSettings resolve() {
        return resolve(false);
    }

    /** The settings to apply, with 0 replaced by the measured default for the kind of network. */
    public ThreadSettings resolve(boolean convolutional) {
        ThreadSettings d;
        if (total > 0) {
            d = convolutional ? new ThreadSettings(total, 1) : ThreadSettings.total(total);
        } else {
            d = convolutional ? ThreadSettings.convolutionDefaults() : ThreadSettings.defaults();
        }
        return new ThreadSettings(intraOp == 0 ? d.intraOp() : intraOp, blas == 0 ? d.blas() : blas);
    }

    void validate(Violations v, String path) {
        v.between(path + ".intra_op", intraOp, 0, Bounds.THREADS);
        v.between(path + ".blas", blas, 0, Bounds.THREADS);
        v.between(path + ".total", total, 0, Bounds.THREADS);
    }
}
