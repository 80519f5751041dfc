package io.gan4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Applies a command line's {@code --set key.path=value} to a YAML tree before binding, so an
 * override is checked exactly like the file's own keys. The value is YAML: {@code 100},
 * {@code 1e-4}, {@code true}, {@code null} (turns an optional section off) or a flow mapping
 * such as <code>{weight: 10}</code>. Setting a parameter of an objective given by its name alone,
 * {@code objective.margin=1} over {@code objective: ebgan-margin}, turns it into the mapping
 * <code>{name: ebgan-margin, margin: 1}</code>.
 */
final class Overrides {

    private static final Pattern KEY_PATH = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    private Overrides() {}

    static void apply(ObjectNode root, String override, Violations v) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            v.add("--set " + override, "expected key=value, for example train.steps=1000");
            return;
        }
        String path = override.substring(0, eq).trim();
        String text = override.substring(eq + 1);
        if (!KEY_PATH.matcher(path).matches()) {
            v.add(
                    "--set " + override,
                    "expected a key path of lower-case words joined by '.', such as train.steps, found '" + path + "'");
            return;
        }
        List<String> problems = new ArrayList<>();
        JsonNode value = text.isBlank() ? NullNode.instance : ConfigReader.strictTree(text, problems);
        if (!problems.isEmpty()) {
            for (String p : problems) {
                v.add(path, "in the value '" + text + "' of --set: " + p);
            }
            return;
        }
        if (value == null || value.isMissingNode()) {
            value = NullNode.instance;
        }
        String[] keys = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode child = node.get(keys[i]);
            if (child == null || child.isNull()) {
                child = node.putObject(keys[i]);
            } else if (child.isTextual() && typeAt(keys, i) == ObjectiveConfig.class) {
                child = node.putObject(keys[i]).put("name", child.textValue());
            }
            if (!child.isObject()) {
                v.add(
                        path,
                        "cannot set: " + String.join(".", java.util.Arrays.copyOf(keys, i + 1)) + " is not a mapping");
                return;
            }
            node = (ObjectNode) child;
        }
        node.set(keys[keys.length - 1], value);
    }

    /**
     * The type of the {@link RunConfig} component at {@code keys[0..last]}, or {@code null} where the path leaves
     * the records. A component of type {@link ObjectiveConfig} is a name, or a mapping of that name and parameters.
     */
    static Class<?> typeAt(String[] keys, int last) {
        Class<?> type = RunConfig.class;
        for (int k = 0; k <= last; k++) {
            if (!type.isRecord()) {
                return null;
            }
            String key = keys[k];
            type = java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> RecordBinder.snakeCase(c.getName()).equals(key))
                    .map(java.lang.reflect.RecordComponent::getType)
                    .findFirst()
                    .orElse(null);
            if (type == null) {
                return null;
            }
        }
        return type;
    }
}
