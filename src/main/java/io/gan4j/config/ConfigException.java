package io.gan4j.config;

import io.gan4j.UserFault;
import java.util.List;

/** A configuration that cannot be used, with every reason, each naming the key and the value. */
public final class ConfigException extends UserFault {

    private final String source;
    private final List<String> violations;

    public ConfigException(String source, List<String> violations) {
        super(format(source, violations));
        this.source = source;
        this.violations = List.copyOf(violations);
    }

    /** Where the configuration came from: a file, a preset, or "config" for one built in Java. */
    public String source() {
        return source;
    }

    /** One line per problem, "key: message". */
    public List<String> violations() {
        return violations;
    }

    private static String format(String source, List<String> violations) {
        StringBuilder sb = new StringBuilder("invalid configuration " + source + " (" + violations.size()
                + (violations.size() == 1 ? " problem" : " problems") + "):");
        for (String v : violations) {
            sb.append("\n  - ").append(v);
        }
        return sb.toString();
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
