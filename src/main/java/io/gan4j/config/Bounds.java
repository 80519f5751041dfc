package io.gan4j.config;

/**
 * The upper bounds of the size-like keys: far above what any of the papers' models uses (DCGAN's and
 * SNGAN's widths are 64, their batches 64, SAGAN's attention side 32), and far below what makes a
 * machine swap or an {@code int} overflow. What fits between them is then checked against the
 * machine's memory by {@link MemoryEstimate}.
 */
final class Bounds {

    /** Units or feature maps of a layer, latent size, code size, dense layer. */
    static final int WIDTH = 65_536;
    /** Hidden layers of an MLP. */
    static final int DEPTH = 64;
    /** Image side, attention side. */
    static final int SIDE = 1024;

    static final int PACKING = 16;
    static final int CLASSES = 100_000;
    static final int BATCH = 65_536;
    /** Batches prepared ahead. */
    static final int PREFETCH = 64;
    /** Samples drawn for an evaluation or a metric. */
    static final int SAMPLES = 1_000_000;

    static final int SNAPSHOTS = 1000;
    /** A grid of rows × rows images. */
    static final int GRID_ROWS = 64;

    static final int THREADS = 1024;
    static final int CRITIC_STEPS = 1000;
    static final int KEPT_CHECKPOINTS = 1000;

    private Bounds() {}
}
