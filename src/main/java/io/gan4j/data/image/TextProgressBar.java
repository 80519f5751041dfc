package io.gan4j.data.image;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The default {@link DownloadProgress}: {@code "NAME [########------------]  40%  3.9 / 9.7 MB"}.
 * Interactive, the line is redrawn in place with {@code \r} (at most every 1/10 s and at each new
 * percent); otherwise one line is printed at each new 10 % (at each 16 MiB when the total is
 * unknown), so a log file stays short.
 */
final class TextProgressBar implements DownloadProgress {

    private static final int WIDTH = 24;
    private static final long UNKNOWN_STEP = 16L << 20;

    private final PrintStream out;
    private final boolean interactive;
    private String current;
    private long lastStep = -1;
    private long lastDraw;

    TextProgressBar(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public synchronized void update(String name, long bytes, long total) {
        if (!name.equals(current)) {
            current = name;
            lastStep = -1;
        }
        long step = total > 0 ? (interactive ? 100 : 10) * bytes / total : bytes / UNKNOWN_STEP;
        long now = System.nanoTime();
        if (interactive && (step != lastStep || now - lastDraw > 100_000_000L)) {
            out.print("\r" + line(name, bytes, total));
            out.flush();
            lastDraw = now;
        } else if (!interactive && step != lastStep) {
            out.println(line(name, bytes, total));
        }
        lastStep = step;
    }

    @Override
    public synchronized void finished(String name, long bytes) {
        String done = line(name, bytes, bytes) + "  verified";
        out.println(interactive ? "\r" + done : done);
        out.flush();
        current = null;
    }

    /** The bar for {@code bytes} of {@code total} (-1 if unknown). */
    static String line(String name, long bytes, long total) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s  %s", name, megabytes(bytes));
        }
        int filled = (int) (WIDTH * Math.min(bytes, total) / total);
        return String.format(
                Locale.ROOT,
                "%s [%s%s] %3d%%  %s / %s",
                name,
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                100 * bytes / total,
                megabytes(bytes).replace(" MB", ""),
                megabytes(total));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
