package io.gan4j.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a command line's {@code --set key.path=value} to a YAML tree before binding, so an
 * override is checked exactly like the file's own keys. The value is YAML: {@code 100},
 * {@code 1e-4}, {@code true}, {@code null} (turns an optional section off) or a flow mapping
 * such as <code>{weight: 10}</code>.
 */
final class Overrides {

    private Overrides() {
    }

    static void apply(ObjectNode root, String override, Violations v) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            v.add("--set " + override, "expected key=value, for example train.steps=1000");
            return;
        }
        String path = override.substring(0, eq).trim();
        String text = override.substring(eq + 1);
        JsonNode value;
        try {
            value = text.isBlank() ? NullNode.instance : ConfigReader.YAML.readTree(text);
        } catch (JsonProcessingException e) {
            v.add(path, "cannot parse the value '" + text + "' of --set: " + e.getOriginalMessage());
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
            }
            if (!child.isObject()) {
                v.add(path, "cannot set: " + String.join(".", java.util.Arrays.copyOf(keys, i + 1)) + " is not a mapping");
                return;
            }
            node = (ObjectNode) child;
        }
        node.set(keys[keys.length - 1], value);
    }
}
