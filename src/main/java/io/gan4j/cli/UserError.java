package io.gan4j.cli;

import io.gan4j.UserFault;

/** A mistake in what the user asked for: reported as one message, exit code 2, no stack trace. */
public final class UserError extends UserFault {

    public UserError(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
