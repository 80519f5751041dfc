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
 * that other processes leave free, measured from {@code /proc/stat} when the natives load.
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

    /**
     * The measured default: one intra-op thread, OpenBLAS on every core that other work leaves free.
     * Measured once per JVM, so every run in it gets the same answer.
     */
    public static ThreadSettings defaults() {
        return Default.VALUE;
    }

    /**
     * The measured default for convolutional networks: every free core for libtorch's intra-op pool,
     * which oneDNN's convolutions use, and one BLAS thread. A DCGAN step on MNIST (batch 64) took
     * 183 ms with 2 intra-op threads and 1 BLAS thread, against 303 ms with 1 and 2, 288 ms with 1 and
     * 1, and 671 ms with 2 and 2 (the two pools spinning against each other).
     */
    public static ThreadSettings convolutionDefaults() {
        return new ThreadSettings(defaults().blas(), 1);
    }

    private static final class Default {
        static final ThreadSettings VALUE =
                new ThreadSettings(1, freeCores(Runtime.getRuntime().availableProcessors(), busyCores()));
    }

    /** Cores not taken by the machine's other work: {@code cores − floor(busy + 0.25)}, at least 1. */
    static int freeCores(int cores, double busy) {
        if (!(busy >= 0)) {
            return cores;
        }
        return (int) Math.max(1, Math.min(cores, cores - Math.floor(busy + 0.25)));
    }

    /**
     * How many cores other processes keep busy now: the non-idle share of all CPU time over 150 ms
     * of {@code /proc/stat}, less this process's own, times the cores (a load average lags by a minute, and
     * after a build or
     * another run has ended it would still count them). NaN where {@code /proc/stat} is missing.
     */
    static double busyCores() {
        long[] a = cpuTimes();
        long ownA = ownTicks();
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        long[] b = cpuTimes();
        long ownB = ownTicks();
        if (a == null || b == null || b[0] <= a[0] || ownA < 0 || ownB < 0) {
            return Double.NaN;
        }
        double others = (b[0] - a[0]) - (b[1] - a[1]) - (ownB - ownA);
        return Math.max(0, others / (b[0] - a[0])) * Runtime.getRuntime().availableProcessors();
    }

    /** This process's user + system clock ticks (its JIT and start-up are not other work), or −1. */
    private static long ownTicks() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Total and idle (idle + iowait) jiffies from the first line of /proc/stat, or null. */
    private static long[] cpuTimes() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat"))
                    .get(0)
                    .trim()
                    .split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
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
