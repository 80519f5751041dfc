package io.gan4j.data.image;

import io.gan4j.UserFault;

/**
 * A problem with image data that the user can fix: a missing, truncated or corrupt file, a wrong
 * checksum, a failed download. The message names the file (or URL) and the value found and
 * expected; it is meant to be shown as it is, without a stack trace.
 */
public final class ImageDataException extends UserFault {

    /** A problem described by {@code message}. */
    public ImageDataException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, caused by {@code cause}. */
    public ImageDataException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 1;
    }
}
