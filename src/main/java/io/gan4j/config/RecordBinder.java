package io.gan4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gan4j.DidYouMean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds a YAML tree to config records, starting from their defaults, and records every unknown
 * key and wrongly typed value instead of stopping at the first (which is what Jackson's own
 * binding does). Keys are the components' names in snake_case.
 *
 * <p>Numbers may be written as YAML numbers or as strings that parse as numbers ({@code 1e-4}
 * is a string to YAML 1.1); an integer field accepts a number with no fractional part.
 * A nested record whose default is {@code null} is an optional section: absent or {@code null}
 * means off, a mapping switches it on, starting from that record's static {@code defaults()}. A
 * text whose default is {@code null} (a path) may be {@code null}. A list of integers (InfoGAN's
 * category counts) is a YAML sequence such as {@code [10]}.
 */
final class RecordBinder {

    private final Violations violations;

    RecordBinder(Violations violations) {
        this.violations = violations;
    }

    /** {@code node} bound over {@code defaults}; problems go to the violations, and keep the default. */
    <R extends Record> R bind(JsonNode node, Class<R> type, R defaults, String path) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> known =
                Arrays.stream(components).map(c -> snakeCase(c.getName())).collect(Collectors.toList());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                violations.add(
                        join(path, key),
                        "unknown key; " + DidYouMean.hint(key, known) + "known keys"
                                + (path.isEmpty() ? "" : " of " + path) + ": " + String.join(", ", known));
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = snakeCase(c.getName());
            Object fallback = invoke(c.getAccessor(), defaults);
            JsonNode child = node.get(key);
            values[i] = child == null
                    ? fallback
                    : c.getType() == List.class
                            ? integers(child, c, fallback, join(path, key))
                            : value(child, c.getType(), fallback, join(path, key));
        }
        return construct(type, components, values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(JsonNode node, Class<?> type, Object fallback, String key) {
        if (type == ObjectiveConfig.class) {
            return objective(node, (ObjectiveConfig) fallback, key);
        }
        if (type.isRecord()) {
            if (node.isNull()) {
                if (fallback != null) {
                    violations.add(key, "must be a mapping, found null");
                }
                return fallback;
            }
            if (!node.isObject()) {
                violations.add(key, "expected a mapping of keys to values, found " + describe(node));
                return fallback;
            }
            if (type == RegularisersConfig.class) {
                return regularisers(node, key);
            }
            Record base = fallback != null ? (Record) fallback : defaultsOf(type);
            return bind(node, (Class) type, base, key);
        }
        if (type == String.class) {
            if (node.isValueNode() && !node.isNull()) {
                return node.asText();
            }
            if (node.isNull() && fallback == null) {
                return null;
            }
            violations.add(key, "expected a text value, found " + describe(node));
            return fallback;
        }
        if (type == boolean.class) {
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            violations.add(key, "expected true or false, found " + describe(node));
            return fallback;
        }
        if (type == int.class || type == long.class || type == double.class) {
            return number(node, type, fallback, key);
        }
        throw new IllegalStateException("config field of unsupported type " + type + " at " + key);
    }

    /**
     * The regularisers: a mapping of {@link RegularisersConfig#known()}'s names, each an optional
     * section bound from its record's defaults.
     */
    private RegularisersConfig regularisers(JsonNode node, String key) {
        List<String> known = RegularisersConfig.names();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                violations.add(
                        join(key, name),
                        "unknown key; " + DidYouMean.hint(name, known) + "known keys of " + key + ": "
                                + String.join(", ", known));
            }
        }
        Map<String, RegulariserConfig> on = new LinkedHashMap<>();
        for (RegulariserConfig r : RegularisersConfig.known()) {
            JsonNode child = node.get(r.configName());
            Object bound = child == null ? null : value(child, r.getClass(), null, join(key, r.configName()));
            if (bound != null) {
                on.put(r.configName(), (RegulariserConfig) bound);
            }
        }
        return new RegularisersConfig(on);
    }

    /**
     * The objective: its name, or a mapping of its {@code name} and parameters bound over that
     * objective's defaults. An unknown name binds as a {@link ObjectiveConfig.Named}, which
     * validation reports.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private ObjectiveConfig objective(JsonNode node, ObjectiveConfig fallback, String key) {
        if (node.isTextual()) {
            return ObjectiveConfig.of(node.textValue());
        }
        JsonNode name = node.isObject() ? node.get("name") : null;
        if (name == null || !name.isTextual()) {
            violations.add(
                    key,
                    "expected an objective's name, or a mapping of its name and parameters such as "
                            + "{name: ebgan-margin, margin: 1}, found " + describe(node)
                            + (node.isObject() ? " without a name" : ""));
            return fallback;
        }
        ObjectiveConfig defaults = ObjectiveConfig.of(name.textValue());
        if (defaults instanceof ObjectiveConfig.Named) {
            return bind(node, ObjectiveConfig.Named.class, (ObjectiveConfig.Named) defaults, key);
        }
        ObjectNode parameters = ((ObjectNode) node).deepCopy();
        parameters.remove("name");
        return (ObjectiveConfig) bind(parameters, (Class) defaults.getClass(), (Record) defaults, key);
    }

    /** A list of integers, the only kind of list a config holds. */
    private Object integers(JsonNode node, RecordComponent c, Object fallback, String key) {
        if (!(c.getGenericType() instanceof ParameterizedType t) || t.getActualTypeArguments()[0] != Integer.class) {
            throw new IllegalStateException("config field of unsupported type " + c.getGenericType() + " at " + key);
        }
        if (!node.isArray()) {
            violations.add(key, "expected a list of integers such as [10], found " + describe(node));
            return fallback;
        }
        List<Integer> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isIntegralNumber() || !item.canConvertToInt()) {
                violations.add(key, "expected a list of integers such as [10], found an item " + describe(item));
                return fallback;
            }
            out.add(item.intValue());
        }
        return List.copyOf(out);
    }

    private Object number(JsonNode node, Class<?> type, Object fallback, String key) {
        Double d = null;
        if (node.isNumber()) {
            d = node.doubleValue();
        } else if (node.isTextual()) {
            try {
                d = Double.parseDouble(node.textValue().trim());
            } catch (NumberFormatException e) {
                d = null;
            }
        }
        if (type == double.class) {
            if (d == null) {
                violations.add(key, "expected a number, found " + describe(node));
                return fallback;
            }
            if (!Double.isFinite(d)) {
                violations.add(key, "must be a finite number, found " + describe(node));
                return fallback;
            }
            return d;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return narrow(node.longValue(), type, fallback, key);
        }
        if (d == null || d != Math.rint(d) || Double.isInfinite(d)) {
            violations.add(key, "expected an integer, found " + describe(node));
            return fallback;
        }
        if (Math.abs(d) >= 0x1p63) {
            violations.add(key, "integer out of range, found " + describe(node));
            return fallback;
        }
        return narrow(d.longValue(), type, fallback, key);
    }

    private Object narrow(long value, Class<?> type, Object fallback, String key) {
        if (type == long.class) {
            return value;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            violations.add(key, "integer out of range, found " + value);
            return fallback;
        }
        return (int) value;
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isTextual() ? "'" + node.textValue() + "'" : node.asText();
    }

    static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Record defaultsOf(Class<?> type) {
        try {
            return (Record) type.getMethod("defaults").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " needs a static defaults() method", e);
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <R> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
