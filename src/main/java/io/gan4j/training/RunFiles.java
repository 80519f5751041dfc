package io.gan4j.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Files of a run directory numbered by step, such as {@code samples-000500.png}. */
public final class RunFiles {

    private RunFiles() {}

    /** The files {@code <prefix><step><suffix>} in {@code dir} with step ≤ {@code upTo}, by step. */
    public static List<Path> numbered(Path dir, String prefix, String suffix, int upTo) {
        Pattern p = Pattern.compile(Pattern.quote(prefix) + "(\\d+)" + Pattern.quote(suffix));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                        Matcher m = p.matcher(f.getFileName().toString());
                        return m.matches() && Long.parseLong(m.group(1)) <= upTo;
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
