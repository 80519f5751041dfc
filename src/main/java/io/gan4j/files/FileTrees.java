package io.gan4j.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole directory trees. */
public final class FileTrees {

    private FileTrees() {}

    /**
     * Deletes {@code dir} and everything under it, or only what is under it when {@code keepDir},
     * for clean-up after a failure: best effort, a file that cannot be removed is left, since the
     * failure being reported matters more.
     */
    public static void deleteQuietly(Path dir, boolean keepDir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder())
                    .filter(p -> !keepDir || !p.equals(dir))
                    .forEach(p -> {
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

    /**
     * The outermost of {@code dir} and its ancestors that does not exist yet, or {@code null} if
     * {@code dir} exists: what {@code Files.createDirectories(dir)} is about to create, and what a
     * clean-up after a failure removes.
     */
    public static Path outermostMissing(Path dir) {
        Path missing = null;
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /**
     * Deletes {@code dir} and each parent of it up to {@code top} (inclusive) while they are empty:
     * the clean-up of directories made by {@code Files.createDirectories} for work that failed,
     * which leaves anything another process put there. Best effort.
     *
     * @param top the outermost directory that was created ({@link #outermostMissing}), or {@code null} for none
     */
    public static void deleteEmptyUpTo(Path dir, Path top) {
        if (top == null) {
            return;
        }
        for (Path p = dir.toAbsolutePath(); p != null && p.startsWith(top); p = p.getParent()) {
            if (!Files.exists(p)) {
                continue; // deleted already
            }
            try (Stream<Path> entries = Files.list(p)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
                Files.delete(p);
            } catch (IOException e) {
                return; // left in place: the failure being reported matters more
            }
        }
    }
}
