package io.gan4j.training;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.gan4j.files.BadFile;
import java.io.IOException;
import java.util.Map;

/** JSON for metrics and summaries: non-finite numbers (NaN, ±∞) are written as {@code null}, as JSON has none. */
public final class Json {

    private static final ObjectMapper MAPPER = results();
    private static final ObjectMapper PRETTY = results().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LENIENT =
            results().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    /** One line of JSON: a map, or a result record. */
    public static String line(Object values) {
        return write(MAPPER, values);
    }

    /** Indented JSON, for files a person reads: a map, or a result record (its components in snake_case). */
    public static String pretty(Object values) {
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

    /** A result record's fields as its JSON has them, in order: snake_case names, a non-finite number as null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fields(Object result) {
        return MAPPER.convertValue(result, java.util.LinkedHashMap.class);
    }

    /** A JSON file's object, its numbers as Jackson reads them; a file that is not JSON is a {@link BadFile}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(java.nio.file.Path file) {
        try {
            return MAPPER.readValue(file.toFile(), java.util.LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new BadFile(file + " is not the JSON gan4j wrote: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BadFile("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The record {@code type} from the fields it names in {@code values} (snake_case, as {@link #pretty} wrote
     * them); other fields are ignored, absent ones are {@code null}.
     */
    public static <T> T as(Map<String, Object> values, Class<T> type) {
        return LENIENT.convertValue(values, type);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String write(ObjectMapper mapper, Object values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A mapper that writes records' components in snake_case and every non-finite number, at any depth, as
     * {@code null}.
     */
    private static ObjectMapper results() {
        SimpleModule nonFinite = new SimpleModule("non-finite as null")
                .addSerializer(Double.class, new NonFinite())
                .addSerializer(Double.TYPE, new NonFinite())
                .addSerializer(double[].class, new StdSerializer<>(double[].class) {
                    @Override
                    public void serialize(double[] values, JsonGenerator out, SerializerProvider provider)
                            throws IOException {
                        out.writeStartArray(values, values.length);
                        for (double v : values) {
                            writeNumber(v, out);
                        }
                        out.writeEndArray();
                    }
                });
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(nonFinite);
    }

    private static void writeNumber(double v, JsonGenerator out) throws IOException {
        if (Double.isFinite(v)) {
            out.writeNumber(v);
        } else {
            out.writeNull();
        }
    }

    private static final class NonFinite extends StdSerializer<Double> {
        NonFinite() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator out, SerializerProvider provider) throws IOException {
            writeNumber(v, out);
        }
    }
}
