package io.gan4j.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON for metrics and summaries: non-finite numbers (NaN, ±∞) are written as {@code null}, as JSON has none. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** One line of JSON. */
    public static String line(Map<String, ?> values) {
        return write(MAPPER, values);
    }

    /** Indented JSON, for files a person reads. */
    public static String pretty(Map<String, ?> values) {
        return write(PRETTY, values) + "\n";
    }

    /**
     * A line of {@code metrics.jsonl} read back: numbers as they were, {@code null} as NaN; or
     * {@code null} if the line is not a JSON object with a {@code step} (a line cut short by a crash).
     */
    public static StepLog stepLog(String line) {
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (node == null
                || !node.isObject()
                || !node.has("step")
                || !node.get("step").canConvertToInt()) {
            return null;
        }
        StepLog log = new StepLog(node.get("step").intValue());
        for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            com.fasterxml.jackson.databind.JsonNode v = node.get(key);
            if (key.equals("step")) {
                continue;
            }
            if (v.isIntegralNumber()) {
                log.put(key, v.longValue());
            } else if (v.isNumber()) {
                log.put(key, v.doubleValue());
            } else if (v.isNull()) {
                log.put(key, Double.NaN);
            }
        }
        return log;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String write(ObjectMapper mapper, Map<String, ?> values) {
        Map<String, Object> clean = new LinkedHashMap<>();
        values.forEach((k, v) -> clean.put(k, v instanceof Double d && !Double.isFinite(d) ? null : v));
        try {
            return mapper.writeValueAsString(clean);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
