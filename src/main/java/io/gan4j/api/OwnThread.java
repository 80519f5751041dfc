package io.gan4j.api;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A daemon thread of the API's own, where native work runs: JavaCPP's {@code PointerScope}s are per thread, so a
 * scope the caller has open cannot free what gan4j allocates there, and one thread serialises the callers of one
 * object.
 */
final class OwnThread implements AutoCloseable {

    private final ExecutorService executor;

    OwnThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on this thread and waits for it; its exception is rethrown as it was. An interrupt of the
     * waiting caller runs {@code onInterrupt} (once), keeps waiting, and is restored afterwards.
     */
    <T> T call(Callable<T> work, Runnable onInterrupt) {
        Future<T> future = executor.submit(work);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    if (!interrupted) {
                        onInterrupt.run();
                    }
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    <T> T call(Callable<T> work) {
        return call(work, () -> {});
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
