package io.gan4j.cli;

/** A mistake in what the user asked for: reported as one message, exit code 2, no stack trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
