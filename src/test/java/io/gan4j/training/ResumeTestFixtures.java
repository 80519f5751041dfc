package io.gan4j.training;

import java.io.IOException;
import java.nio.file.Path;

/** Fixtures of the training tests that other packages' tests use. */
public final class ResumeTestFixtures {

    private ResumeTestFixtures() {
    }

    /** A folder of 40 random 16×16 grey PNGs. */
    public static Path folder(Path dir) throws IOException {
        return ResumeTest.folder(dir);
    }
}
