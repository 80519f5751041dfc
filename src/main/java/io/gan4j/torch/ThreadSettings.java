package io.gan4j.torch;

/**
 * How many threads libtorch's intra-op pool (OpenMP) and OpenBLAS may use.
 *
 * <p>Measured on a 2-core AVX2 machine with a WGAN-GP critic step (MLP 2→512→512→1, batch 256,
 * double backward): intra-op 1 with OpenBLAS on both cores took 14.5 ms; both pools at 2 took
 * 118 ms (OpenMP's spinning threads starve OpenBLAS's; {@code OMP_WAIT_POLICY=PASSIVE} brings
 * that to 15.7 ms); both at 1 took 23 ms. The default is therefore one intra-op thread and every
 * core for BLAS: the heavy work of small networks is matrix multiplication, which OpenBLAS
 * parallelises on its own threads.
 *
 * <p>OpenBLAS's threads spin while they wait for each other, so on a machine that other processes
 * keep busy a second BLAS thread costs far more than it gives: with a load average of about 5 on
 * 2 cores, the non-saturating ring preset ran at 219 ms per step with 2 BLAS threads and about
 * 25 ms with 1 (13 ms with 2 on an idle machine). The default therefore counts only the cores
 * that the load average leaves free.
 *
 * @param intraOp threads of libtorch's intra-op pool, at least 1
 * @param blas threads of OpenBLAS, at least 1
 */
public record ThreadSettings(int intraOp, int blas) {

    public ThreadSettings {
        if (intraOp < 1) {
            throw new IllegalArgumentException("intra-op threads must be at least 1, found " + intraOp);
        }
        if (blas < 1) {
            throw new IllegalArgumentException("BLAS threads must be at least 1, found " + blas);
        }
    }

    /** The measured default: one intra-op thread, OpenBLAS on every core that other work leaves free. */
    public static ThreadSettings defaults() {
        return new ThreadSettings(1, freeCores(Runtime.getRuntime().availableProcessors(), loadAverage()));
    }

    /** Cores not taken by the machine's other work: {@code cores − round(load)}, at least 1. */
    static int freeCores(int cores, double loadAverage) {
        if (!(loadAverage >= 0)) {
            return cores;
        }
        return (int) Math.max(1, Math.min(cores, cores - Math.round(loadAverage)));
    }

    /** The one-minute load average, or NaN where the system has none. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The user's {@code --threads N}: N threads for the work, without oversubscription. With N = 1
     * both pools get one thread; otherwise OpenBLAS gets N and the intra-op pool stays at 1 unless
     * {@code intraOp} is given explicitly (see {@link #defaults()} for the measurement).
     */
    public static ThreadSettings total(int threads) {
        return new ThreadSettings(1, threads);
    }

    @Override
    public String toString() {
        return "intra-op " + intraOp + ", BLAS " + blas;
    }
}
