package io.gan4j;

/**
 * A fault of the user's making, which the user can fix: a configuration, an argument, a data file,
 * a checkpoint, a download. Its message names the thing and the value and is meant to be shown as
 * it is: the command line prints it without a stack trace, and exits with {@link #exitCode()}.
 * Anything else that escapes a command is a bug in gan4j and is reported as one.
 */
public abstract class UserFault extends RuntimeException {

    protected UserFault(String message) {
        super(message);
    }

    protected UserFault(String message, Throwable cause) {
        super(message, cause);
    }

    /** 2 for what was asked (arguments, configuration), 1 for what was found when running it (data, files). */
    public abstract int exitCode();
}
