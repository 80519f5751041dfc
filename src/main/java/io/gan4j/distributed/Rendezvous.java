package io.gan4j.distributed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.javacpp.chrono.Milliseconds;
import org.bytedeco.pytorch.ByteVector;
import org.bytedeco.pytorch.StringVector;
import org.bytedeco.pytorch.TCPStore;
import org.bytedeco.pytorch.TCPStoreOptions;

/**
 * The run's c10d {@code TCPStore}: the key-value server the ranks meet at (the process groups
 * exchange their addresses through it) and where each rank posts the generator step it has
 * finished, its heartbeat, so that a failure names the rank that fell behind. The launcher of the
 * first machine serves it; the workers connect to it. Natives must be loaded.
 */
public final class Rendezvous {

    private static final String STEP = "gan4j/step/";

    private Rendezvous() {}

    /** A store served on {@code port} of this machine (0: a free port, see {@code getPort()}). */
    public static TCPStore serve(int port, int worldSize, Duration timeout) {
        return open("0.0.0.0", port, true, worldSize, timeout);
    }

    /** A client of the store at {@code host:port}, waiting up to {@code timeout} for it to answer. */
    public static TCPStore connect(String host, int port, int worldSize, Duration timeout) {
        return open(host, port, false, worldSize, timeout);
    }

    private static TCPStore open(String host, int port, boolean server, int worldSize, Duration timeout) {
        TCPStoreOptions o = new TCPStoreOptions();
        o.port((short) port);
        o.isServer(server);
        o.numWorkers(new SizeTPointer(1).put(worldSize));
        o.waitWorkers(false);
        o.useLibUV(false);
        o.timeout(new Milliseconds(timeout.toMillis()));
        try {
            return new TCPStore(host, o);
        } catch (RuntimeException e) {
            throw new PeerFailure(
                    (server
                                    ? "cannot serve the rendezvous store on port "
                                    : "cannot reach the rendezvous store at " + host + ":")
                            + port + ": " + e.getMessage(),
                    e);
        }
    }

    /** Posts that {@code rank} has finished generator step {@code step}. */
    public static void heartbeat(TCPStore store, int rank, int step) {
        store.set(STEP + rank, new ByteVector(String.valueOf(step).getBytes(StandardCharsets.US_ASCII)));
    }

    /** The last step each rank posted, −1 for a rank that has posted none. */
    public static int[] steps(TCPStore store, int worldSize) {
        int[] steps = new int[worldSize];
        for (int r = 0; r < worldSize; r++) {
            String key = STEP + r;
            steps[r] = -1;
            StringVector keys = new StringVector(key);
            if (store.check(keys)) {
                ByteVector v = store.get(key);
                byte[] bytes = new byte[(int) v.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = v.get(i);
                }
                steps[r] = Integer.parseInt(new String(bytes, StandardCharsets.US_ASCII));
            }
        }
        return steps;
    }

    /**
     * The ranks that posted the lowest step, described for a failure message, e.g. "rank 1 (at step
     * 12; the others at 13)"; empty when all are level.
     */
    public static String laggards(int[] steps) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int s : steps) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        if (min == max) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < steps.length; r++) {
            if (steps[r] == min) {
                b.append(b.length() == 0 ? "rank " : ", rank ").append(r);
            }
        }
        return b + " (at step " + Math.max(min, 0) + "; the others reached " + max + ")";
    }
}
