package io.gan4j.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a {@link RunConfig} from YAML text, a file or a preset, with {@code key=value} overrides,
 * and reports every problem at once as a {@link ConfigException}.
 */
public final class ConfigReader {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigReader() {
    }

    /**
     * Resolves {@code fileOrPreset}: an existing file is read as YAML; otherwise a preset of that name.
     *
     * @param overrides {@code key.path=value} strings, the value in YAML syntax, applied in order
     */
    public static RunConfig read(String fileOrPreset, List<String> overrides) {
        Path file = Path.of(fileOrPreset);
        if (Files.isRegularFile(file)) {
            return fromYaml(readFile(file), "'" + fileOrPreset + "'", overrides);
        }
        if (Presets.exists(fileOrPreset)) {
            return fromYaml(Presets.yaml(fileOrPreset), "preset '" + fileOrPreset + "'", overrides);
        }
        if (fileOrPreset.endsWith(".yaml") || fileOrPreset.endsWith(".yml") || fileOrPreset.contains("/")) {
            throw new ConfigException("'" + fileOrPreset + "'", List.of("file not found: " + file.toAbsolutePath()));
        }
        throw new ConfigException("'" + fileOrPreset + "'", List.of("no config file or preset of that name; presets: "
            + String.join(", ", Presets.names())));
    }

    /** Binds and validates YAML text; {@code source} names it in messages. */
    public static RunConfig fromYaml(String yaml, String source, List<String> overrides) {
        JsonNode tree = parse(yaml, source);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = JsonNodeFactory.instance.objectNode();
        }
        if (!tree.isObject()) {
            throw new ConfigException(source, List.of("expected a mapping of keys to values at the top level"));
        }
        Violations v = new Violations();
        for (String override : overrides) {
            Overrides.apply((ObjectNode) tree, override, v);
        }
        RunConfig config = new RecordBinder(v).bind(tree, RunConfig.class, RunConfig.defaults(), "");
        v.addAll(config.violations());
        v.throwIfAny(source);
        return config;
    }

    private static JsonNode parse(String yaml, String source) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigException(source, List.of("YAML syntax error" + where + ": " + e.getOriginalMessage()));
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("'" + file + "'", List.of("file not found: " + file.toAbsolutePath()));
        } catch (IOException e) {
            throw new ConfigException("'" + file + "'", List.of("cannot read file: " + e.getMessage()));
        }
    }
}
