package io.gan4j.distributed;

/**
 * A collective operation failed: another rank died, hung past the timeout, or the network broke.
 * A worker ends with {@link #EXIT_CODE} on it, so the launcher can tell the ranks that failed from
 * those that only saw it.
 */
public final class PeerFailure extends RuntimeException {

    /** A worker's exit status when it stopped on a peer's failure. */
    public static final int EXIT_CODE = 3;

    public PeerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
