package io.gan4j.files;

import io.gan4j.UserFault;

/**
 * A file gan4j was given that it cannot use: not of the format it claims, damaged, declaring more
 * than it holds, or holding values gan4j refuses (non-finite weights). The message names the file
 * and what is wrong with it; exit code 1.
 */
public final class BadFile extends UserFault {

    public BadFile(String message) {
        super(message);
    }

    public BadFile(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 1;
    }
}
