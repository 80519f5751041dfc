package io.gan4j.training;

import java.io.IOException;
import java.nio.file.Path;

/** Fixtures of the training tests that other packages' tests use. */
public final class ResumeTestFixtures {

    private ResumeTestFixtures() {}

    /** A folder of 40 random 16×16 grey PNGs. */
    public static Path folder(Path dir) throws IOException {
        return ResumeTest.folder(dir);
    }

    /** An IDX pair (gzipped images, labels) of 40 28×28 images labelled i mod 10: {images, labels}. */
    public static Path[] labelledIdx(Path dir) throws Exception {
        return ConditionalTest.idx(dir, 0);
    }
}
