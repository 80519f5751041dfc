package io.gan4j.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The configs shipped in the jar under {@code io/gan4j/presets/}: one YAML file per preset, listed
 * in {@code INDEX}, whose first line is {@code # <one-line description>}.
 */
public final class Presets {

    private static final String DIR = "/io/gan4j/presets/";

    /** The preset {@code gan4j demo} trains. */
    public static final String DEMO = "demo";

    /**
     * The ring preset with the best figures when all were run at their settings (see docs/models.md's
     * table); {@link #DEMO} is a copy of it under its own name.
     */
    public static final String DEMO_BEST = "gan-ns-ring";

    private Presets() {}

    /** The presets' names, in the index's order. */
    public static List<String> names() {
        return Arrays.stream(resource("INDEX").split("\n"))
                .map(String::trim)
                .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .collect(Collectors.toList());
    }

    public static boolean exists(String name) {
        return names().contains(name);
    }

    /** The preset's YAML text. */
    public static String yaml(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("unknown preset '" + name + "'; presets: " + String.join(", ", names()));
        }
        return resource(name + ".yaml");
    }

    /** The preset's one-line description (its first comment line). */
    public static String description(String name) {
        String first = yaml(name).lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).trim() : "";
    }

    /** The preset bound and validated. */
    public static RunConfig config(String name) {
        return ConfigReader.fromYaml(yaml(name), "preset '" + name + "'", List.of());
    }

    private static String resource(String file) {
        try (InputStream in = Presets.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file + " in the gan4j jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
