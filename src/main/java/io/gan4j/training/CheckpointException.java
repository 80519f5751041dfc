package io.gan4j.training;

import io.gan4j.UserFault;
import java.nio.file.Path;

/** A checkpoint that cannot be used: damaged, of another format, or of another run. */
public final class CheckpointException extends UserFault {

    private final Path file;

    public CheckpointException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public int exitCode() {
        return 1;
    }
}
