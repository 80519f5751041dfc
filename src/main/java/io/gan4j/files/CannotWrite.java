package io.gan4j.files;

import io.gan4j.UserFault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file gan4j could not write: the disk is full, the directory is read-only, the path is not a
 * directory. The message names the file, the reason, and how much space the file needed beside
 * how much its file system has free. Whatever was half-written has been removed. Exit code 1.
 */
public final class CannotWrite extends UserFault {

    private CannotWrite(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The failure to write {@code needed} bytes to {@code target}.
     *
     * @param e what the file system said
     */
    public static CannotWrite of(Path target, long needed, IOException e) {
        String space = "";
        Path dir = target.toAbsolutePath().getParent();
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            space = "; it needs " + megabytes(needed) + " and " + dir + " has " + megabytes(free) + " free";
        } catch (IOException | RuntimeException ignored) {
            // the reason alone is still the message
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        }
        return new CannotWrite("cannot write " + target + ": " + reason + space, e);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    @Override
    public int exitCode() {
        return 1;
    }
}
