package io.gan4j.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one logged generator step, in the order they were added: the step number, the
 * players' losses and gradient norms, then whatever listeners add (toy metrics, …). One such
 * object is one line of {@code metrics.jsonl}.
 */
public final class StepLog {

    private final int step;
    private final Map<String, Object> values = new LinkedHashMap<>();

    public StepLog(int step) {
        this.step = step;
        values.put("step", step);
    }

    /** Generator steps completed. */
    public int step() {
        return step;
    }

    public StepLog put(String key, double value) {
        values.put(key, value);
        return this;
    }

    public StepLog put(String key, long value) {
        values.put(key, value);
        return this;
    }

    /** The value of {@code key} as a double, or NaN if absent. */
    public double get(String key) {
        Object v = values.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The value of {@code key}, or {@code null} if it was not logged. */
    public Double value(String key) {
        return values.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    /** The count logged under {@code key}, or {@code null} if it was not logged. */
    public Integer count(String key) {
        return values.get(key) instanceof Number n ? n.intValue() : null;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
