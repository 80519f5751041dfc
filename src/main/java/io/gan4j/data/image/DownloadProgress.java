package io.gan4j.data.image;

import java.io.PrintStream;

/**
 * Told how a download advances: {@link #update} after every block received (bytes so far,
 * counting any part downloaded before a resume, and the total if the server said it), then
 * {@link #finished} once the file is complete and verified.
 */
public interface DownloadProgress {

    /**
     * Bytes received so far of {@code name}.
     *
     * @param bytes bytes of the file now on disk
     * @param total the file's full size, or -1 if unknown
     */
    void update(String name, long bytes, long total);

    /** {@code name} is complete: {@code bytes} bytes, checksum verified. */
    default void finished(String name, long bytes) {}

    /** Reports nothing. */
    static DownloadProgress silent() {
        return (name, bytes, total) -> {};
    }

    /**
     * A text bar on {@code out}, redrawn in place ({@code \r}) when {@code interactive}, else one
     * line every 10 %.
     */
    static DownloadProgress textBar(PrintStream out, boolean interactive) {
        return new TextProgressBar(out, interactive);
    }

    /** A text bar on standard error, redrawn in place if the JVM has a console. */
    static DownloadProgress textBar() {
        return new TextProgressBar(System.err, System.console() != null);
    }
}
