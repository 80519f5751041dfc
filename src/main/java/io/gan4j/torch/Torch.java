package io.gan4j.torch;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.presets.openblas_nolapack;
import org.bytedeco.pytorch.global.torch;

/**
 * The one entry to libtorch's natives: loads them once, checks oneDNN's convolutions
 * ({@link OneDnnCheck}) and applies the thread settings.
 *
 * <p>Call {@link #init(ThreadSettings)} before the first tensor; calling it again only changes
 * the thread settings.
 */
public final class Torch {

    private static volatile ThreadSettings applied;

    private Torch() {}

    /** Loads the natives (≈ 2.4 s the first time in a JVM) and applies {@code threads}. */
    public static synchronized void init(ThreadSettings threads) {
        Loader.load(torch.class);
        // libtorch tries NNPACK for a CPU convolution that oneDNN does not take; it cannot start on
        // these AVX-512 machines ("Unsupported hardware", a warning per call) and is not among the
        // kernels OneDnnCheck compares, so gan4j keeps to oneDNN and the reference kernels
        torch.globalContext().setUserEnabledNNPACK(false);
        OneDnnCheck.apply();
        if (!threads.equals(applied)) {
            torch.set_num_threads(threads.intraOp());
            openblas_nolapack.blas_set_num_threads(threads.blas());
            applied = threads;
        }
    }

    /**
     * {@link #init(ThreadSettings)} with the measured {@link ThreadSettings#defaults() defaults}, unless
     * already initialised.
     */
    public static synchronized void init() {
        if (applied == null) {
            init(ThreadSettings.defaults());
        }
    }

    /** The thread settings in force, or {@code null} before {@link #init}. */
    public static ThreadSettings threads() {
        return applied;
    }
}
