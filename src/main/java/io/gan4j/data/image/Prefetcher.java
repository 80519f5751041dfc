package io.gan4j.data.image;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongFunction;

/**
 * Prepares the next batches on one background daemon thread while the current one is used.
 *
 * <p>{@link #next()} returns the batches {@code start, start+1, …} in order, each exactly what
 * {@code prepare.apply(k)} returns, so prefetching changes the timing, never the sequence. At most
 * {@code depth} prepared batches wait (plus the one in preparation). If preparing batch k throws,
 * the thread stops and the {@code next()} that would have returned k throws an
 * {@link ImageDataException} carrying the original message (and the exception as its cause).
 * {@link #close()} stops the thread.
 *
 * @param <T> what one batch is, e.g. {@link Batch}
 */
public final class Prefetcher<T> implements AutoCloseable {

    /** Batches prepared ahead unless told otherwise. */
    public static final int DEFAULT_DEPTH = 2;

    private record Item<T>(long index, T value, Throwable failure) {}

    private final BlockingQueue<Item<T>> ready;
    private final Thread worker;
    private volatile boolean closed;
    private long next;

    /**
     * Starts preparing batches {@code start, start+1, …} with {@code prepare}.
     *
     * @param depth batches prepared ahead, at least 1
     */
    public Prefetcher(LongFunction<T> prepare, long start, int depth) {
        Objects.requireNonNull(prepare, "prepare");
        if (depth < 1) {
            throw new IllegalArgumentException("prefetch depth must be at least 1, found " + depth);
        }
        this.ready = new ArrayBlockingQueue<>(depth);
        this.next = start;
        this.worker = new Thread(() -> run(prepare, start), "gan4j-prefetch");
        worker.setDaemon(true);
        worker.start();
    }

    /** Prefetches {@link ShuffledBatches#at} from batch {@code start}, {@value #DEFAULT_DEPTH} ahead. */
    public static Prefetcher<Batch> of(ShuffledBatches batches, long start) {
        return new Prefetcher<>(batches::at, start, DEFAULT_DEPTH);
    }

    private void run(LongFunction<T> prepare, long start) {
        try {
            for (long k = start; !closed; k++) {
                Item<T> item;
                try {
                    item = new Item<>(k, prepare.apply(k), null);
                } catch (RuntimeException | Error e) {
                    item = new Item<>(k, null, e);
                }
                ready.put(item);
                if (item.failure() != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // close() asked the thread to stop
        }
    }

    /**
     * The next batch, waiting for it if it is not ready.
     *
     * @throws ImageDataException if preparing it failed, with the failure's message
     * @throws IllegalStateException after {@link #close()}
     */
    public T next() {
        if (closed) {
            throw new IllegalStateException("the prefetcher is closed");
        }
        Item<T> item;
        try {
            item = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for batch " + next, e);
        }
        if (item.failure() != null) {
            closed = true;
            throw new ImageDataException(
                    "preparing batch " + item.index() + " failed: "
                            + item.failure().getMessage(),
                    item.failure());
        }
        next = item.index() + 1;
        return item.value();
    }

    /** Stops the background thread and waits (briefly) for it to end. */
    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
