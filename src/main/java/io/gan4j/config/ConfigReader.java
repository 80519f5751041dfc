package io.gan4j.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Reads a {@link RunConfig} from YAML text, a file or a preset, with {@code key=value} overrides,
 * and reports every problem at once as a {@link ConfigException}.
 */
public final class ConfigReader {

    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final String NO_ANCHORS = "gan4j configs take no anchors or aliases; write the value out";
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");

    private ConfigReader() {}

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
        throw new ConfigException(
                "'" + fileOrPreset + "'",
                List.of("no config file or preset of that name; "
                        + io.gan4j.DidYouMean.hint(fileOrPreset, Presets.names()) + "presets: "
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
        LegacyKeys.upgrade((ObjectNode) tree, v);
        for (String override : overrides) {
            Overrides.apply((ObjectNode) tree, override, v);
        }
        LegacyKeys.refuse((ObjectNode) tree, v);
        RunConfig config = new RecordBinder(v).bind(tree, RunConfig.class, RunConfig.defaults(), "");
        v.addAll(config.violations());
        v.throwIfAny(source);
        return config;
    }

    private static JsonNode parse(String yaml, String source) {
        List<String> problems = new ArrayList<>();
        JsonNode tree = strictTree(yaml, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return tree;
    }

    /**
     * Parses {@code yaml} as one document of plain values, or adds to {@code problems} and returns
     * {@code null}: a syntax error, a key written twice (YAML would keep the last silently), a second
     * document, an anchor or alias (which Jackson reads as the anchor's name), and a non-finite number
     * ({@code .nan}, {@code .inf}), each named with its key or line.
     */
    static JsonNode strictTree(String yaml, List<String> problems) {
        if (!plainTokens(yaml, problems) || !noScalarAnchors(yaml, problems)) {
            return null;
        }
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            problems.add("YAML syntax error: " + e.getOriginalMessage());
            return null;
        }
    }

    /** Reads the tokens once: syntax, duplicate keys, a second document, aliases, non-finite numbers. */
    private static boolean plainTokens(String yaml, List<String> problems) {
        try (YAMLParser p = (YAMLParser) YAML.getFactory().createParser(yaml)) {
            int depth = 0;
            boolean ended = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String key = dotted(p.getParsingContext());
                if (ended) {
                    problems.add("a second YAML document starts at line "
                            + p.currentLocation().getLineNr()
                            + ": a config is one document (remove the '---' between them)");
                    return false;
                }
                if (p.isCurrentAlias()) {
                    problems.add(key + "YAML alias *" + p.getText() + " at line "
                            + p.currentLocation().getLineNr() + ": " + NO_ANCHORS);
                } else if (t == JsonToken.VALUE_NUMBER_FLOAT
                        && NON_FINITE.matcher(p.getText()).matches()) {
                    problems.add(key + "must be a finite number, found " + p.getText());
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                ended = depth == 0;
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            String message = e.getOriginalMessage();
            problems.add(
                    message.startsWith("Duplicate field")
                            ? message.replace("Duplicate field", "duplicate key") + where
                                    + ": YAML would keep only the last value; write each key once"
                            : "YAML syntax error" + where + ": " + message);
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return problems.isEmpty();
    }

    /** Jackson reports the anchors of mappings and lists but not of scalars: SnakeYAML's events show them all. */
    private static boolean noScalarAnchors(String yaml, List<String> problems) {
        for (Event e : new Yaml().parse(new StringReader(yaml))) {
            if (e instanceof NodeEvent n && !(e instanceof AliasEvent) && n.getAnchor() != null) {
                problems.add("YAML anchor &" + n.getAnchor() + " at line "
                        + (e.getStartMark().getLine() + 1) + ": " + NO_ANCHORS);
            }
        }
        return problems.isEmpty();
    }

    /**
     * The dotted key of a parsing context and ": " ({@code optimisers.generator.lr: }; list items by index), or
     * "" at the top.
     */
    private static String dotted(JsonStreamContext c) {
        String pointer = c.pathAsPointer().toString();
        return pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.') + ": ";
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
