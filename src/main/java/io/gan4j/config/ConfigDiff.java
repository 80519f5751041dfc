package io.gan4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys (dotted paths) whose values differ between two configs. */
public final class ConfigDiff {

    private ConfigDiff() {}

    /** Every leaf key whose value differs, in the order of {@code a}'s keys, then keys only in {@code b}. */
    public static List<String> changedKeys(RunConfig a, RunConfig b) {
        Map<String, String> fa = flatten(a);
        Map<String, String> fb = flatten(b);
        List<String> changed = new ArrayList<>();
        fa.forEach((k, v) -> {
            if (!v.equals(fb.get(k))) {
                changed.add(k);
            }
        });
        fb.keySet().stream().filter(k -> !fa.containsKey(k)).forEach(changed::add);
        return changed;
    }

    private static Map<String, String> flatten(RunConfig c) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            flatten(ConfigReader.YAML.readTree(ConfigWriter.toYaml(c)), "", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject() && node.size() > 0) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                flatten(node.get(key), path.isEmpty() ? key : path + "." + key, out);
            }
        } else {
            out.put(path, node.isObject() ? "{}" : node.isArray() ? node.toString() : node.asText());
        }
    }
}
