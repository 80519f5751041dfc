package io.gan4j.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole directory trees. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes {@code dir} and everything under it, or only what is under it when {@code keepDir},
     * for clean-up after a failure: best effort, a file that cannot be removed is left, since the
     * failure being reported matters more.
     */
    public static void deleteQuietly(Path dir, boolean keepDir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).filter(p -> !keepDir || !p.equals(dir)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left in place
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // nothing more to do
        }
    }
}
