package io.gan4j.reports;

import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link GridTimePicture} that is one PNG of the run directory, redrawn in place. */
abstract class OneFilePicture extends GridTimePicture {

    private final Path file;

    /** @param file the PNG */
    OneFilePicture(int every, Path file) {
        super(every);
        this.file = file;
    }

    /** The PNG. */
    public Path file() {
        return file;
    }

    /** Whether the PNG exists. */
    public boolean written() {
        return Files.exists(file);
    }
}
