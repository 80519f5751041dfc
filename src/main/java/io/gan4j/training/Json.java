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

    private Json() {
    }

    /** One line of JSON. */
    public static String line(Map<String, ?> values) {
        return write(MAPPER, values);
    }

    /** Indented JSON, for files a person reads. */
    public static String pretty(Map<String, ?> values) {
        return write(PRETTY, values) + "\n";
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
