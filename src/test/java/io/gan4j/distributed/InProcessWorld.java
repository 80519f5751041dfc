package io.gan4j.distributed;

import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.TCPStore;

/**
 * W ranks of a Gloo process group as W threads of the test's JVM, meeting at a {@code TCPStore}
 * this class serves on a free port: the same c10d code paths as W processes, without W JVM starts.
 */
final class InProcessWorld {

    private InProcessWorld() {}

    /** Runs {@code body} as each of {@code size} ranks at once; their results in rank order. */
    static <T> List<T> run(int size, Function<World, T> body) throws Exception {
        Torch.init(new ThreadSettings(1, 1));
        TCPStore store = Rendezvous.serve(0, size, Duration.ofSeconds(60));
        int port = Short.toUnsignedInt(store.getPort());
        ExecutorService pool = Executors.newFixedThreadPool(size);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int r = 0; r < size; r++) {
                World w = new World(r, size, r, "127.0.0.1", port, World.GLOO, Duration.ofSeconds(60));
                futures.add(pool.submit(() -> {
                    try (PointerScope scope = new PointerScope()) {
                        return body.apply(w);
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
