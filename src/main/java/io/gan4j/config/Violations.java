package io.gan4j.config;

import io.gan4j.DidYouMean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem with a configuration, each as "key: message", to report them together. */
public final class Violations {

    private final List<String> messages = new ArrayList<>();

    /** Records a problem with {@code key}. */
    public void add(String key, String message) {
        messages.add(key + ": " + message);
    }

    /**
     * Whether a problem was recorded with a key of one of the sections {@code sections} (e.g. {@code model}) or
     * below them.
     */
    public boolean anyIn(String... sections) {
        for (String m : messages) {
            for (String s : sections) {
                if (m.startsWith(s + ": ") || m.startsWith(s + ".")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Records a problem unless {@code ok}. */
    public void require(boolean ok, String key, String message) {
        if (!ok) {
            add(key, message);
        }
    }

    /** {@code value} must be at least {@code min}. */
    public void atLeast(String key, long value, long min) {
        require(value >= min, key, "must be at least " + min + ", found " + value);
    }

    /**
     * {@code value} must lie in [min, max]: every size-like key has an upper bound, so no config asks for
     * absurd memory.
     */
    public void between(String key, long value, long min, long max) {
        require(value >= min && value <= max, key, "must be from " + min + " to " + max + ", found " + value);
    }

    /** {@code value} must be finite and positive. */
    public void positive(String key, double value) {
        require(value > 0 && Double.isFinite(value), key, "must be positive, found " + value);
    }

    /** {@code value} must lie in [lo, hi). */
    public void inHalfOpen(String key, double value, double lo, double hi) {
        require(value >= lo && value < hi, key, "must be in [" + lo + ", " + hi + "), found " + value);
    }

    /** {@code value} must be one of {@code known}. */
    public void oneOf(String key, String value, List<String> known) {
        require(
                known.contains(value),
                key,
                "unknown value '" + value + "'; " + DidYouMean.hint(value, known) + "known: "
                        + String.join(", ", known));
    }

    /** Adds every violation of {@code other}. */
    public void addAll(Violations other) {
        messages.addAll(other.messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<String> messages() {
        return Collections.unmodifiableList(messages);
    }

    /** Throws a {@link ConfigException} listing every violation, if there is any. */
    public void throwIfAny(String source) {
        if (!messages.isEmpty()) {
            throw new ConfigException(source, messages);
        }
    }
}
