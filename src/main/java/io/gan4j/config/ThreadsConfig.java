package io.gan4j.config;

import io.gan4j.torch.ThreadSettings;

/**
 * Threads for libtorch's intra-op pool and for OpenBLAS; 0 means the measured default
 * ({@link ThreadSettings#defaults()}). Results are reproducible for a given setting.
 *
 * @param intraOp intra-op threads, or 0
 * @param blas BLAS threads, or 0
 */
public record ThreadsConfig(int intraOp, int blas) {

    public static ThreadsConfig defaults() {
        return new ThreadsConfig(0, 0);
    }

    /** The settings to apply, with 0 replaced by the default. */
    public ThreadSettings resolve() {
        ThreadSettings d = ThreadSettings.defaults();
        return new ThreadSettings(intraOp == 0 ? d.intraOp() : intraOp, blas == 0 ? d.blas() : blas);
    }

    void validate(Violations v, String path) {
        v.atLeast(path + ".intra_op", intraOp, 0);
        v.atLeast(path + ".blas", blas, 0);
    }
}
