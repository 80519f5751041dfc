package io.gan4j;

/**
 * What was asked cannot be done with what it was asked of: a metric the images or the extractor
 * cannot give, a baseline that does not cover the config, an extractor that does not exist. The
 * message names the request and the reason, and what to ask instead; the command line prints it and
 * exits with 2, as for a wrong argument. A library caller sees it as the {@link UserFault} it is.
 */
public final class Refused extends UserFault {

    public Refused(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
