package io.gan4j.training;

import io.gan4j.Refused;
import io.gan4j.files.AtomicFiles;
import io.gan4j.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * A run's directory: {@code config.yaml}, {@code metrics.jsonl}, {@code summary.json}, the PNGs and
 * {@code report.html}. Whole files are written atomically (a temporary file, then a rename), so a
 * crash never leaves half a file; {@code metrics.jsonl} is appended and flushed line by line.
 */
public final class RunDirectory {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path path;
    /** The outermost directory {@link #create} made (the run's own, or a missing parent of it), or {@code null}. */
    private final Path created;

    private RunDirectory(Path path, Path created) {
        this.path = path;
        this.created = created;
    }

    /**
     * {@code out} if given (it must not exist or be an empty directory), else
     * {@code runs/<name>-<timestamp>} under the working directory.
     */
    public static RunDirectory create(Path out, String name) {
        Path dir = out != null
                ? out
                : Path.of("runs", name + "-" + LocalDateTime.now().format(STAMP));
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new Refused("output " + dir + " exists and is not a directory");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new Refused("output directory " + dir + " is not empty; choose another --out");
                    }
                }
            }
            Path created = FileTrees.outermostMissing(dir);
            Files.createDirectories(dir);
            return new RunDirectory(dir, created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An existing run directory, for reading (sample, report). */
    public static RunDirectory open(Path dir) {
        if (!Files.isRegularFile(dir.resolve("config.yaml"))) {
            throw new Refused(dir + " is not a gan4j run directory (no config.yaml)");
        }
        return new RunDirectory(dir, null);
    }

    /**
     * Removes what this run wrote, for a run that failed before its first step: the directory
     * itself, and each parent of it that {@link #create} made and that is now empty; its contents
     * where it was an empty one given as {@code --out}. Best effort: a file that cannot be removed is left.
     */
    public void discard() {
        FileTrees.deleteQuietly(path, created == null);
        FileTrees.deleteEmptyUpTo(path, created); // parents only while empty: another run may share them
    }

    public Path path() {
        return path;
    }

    public Path file(String name) {
        return path.resolve(name);
    }

    /** Writes {@code text} to {@code name} atomically. */
    public void write(String name, String text) {
        AtomicFiles.write(file(name), text);
    }
}
