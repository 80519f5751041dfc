package io.gan4j.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/config-reference.md, generated from the config records: every key under its section, its type, its default
 * (from {@link RunConfig#defaults()} and each optional section's {@code defaults()}) and its meaning, the
 * {@code @param} text of the record's own Javadoc (read from {@code src/main/java}, where it is written once).
 */
final class ConfigReference {

    private static final Path SOURCES = Path.of("src/main/java/io/gan4j/config");

    private ConfigReference() {}

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Config reference\n\n")
                .append("Every key of a run's config, generated from the config records in `io.gan4j.config` (their ")
                .append("Javadoc is the meaning column) by `ConfigReferenceTest`, which fails when this page and ")
                .append("the code disagree; `mvn test -Dtest=ConfigReferenceTest -Dgan4j.docs.write=true` rewrites ")
                .append("it. A key left out of a YAML file keeps its default; `--set key=value` sets one on the ")
                .append("command line. How the sections fit together, and the presets: [configs](configs.md).\n");
        RunConfig defaults = RunConfig.defaults();
        Map<String, String> top = params(RunConfig.class);
        md.append("\n## Top level\n\n").append(HEADER);
        for (RecordComponent c : RunConfig.class.getRecordComponents()) {
            if (!c.getType().isRecord() && !c.getType().isInterface()) {
                row(md, key("", c), c.getType(), value(defaults, c), top.get(c.getName()));
            }
        }
        for (RecordComponent c : RunConfig.class.getRecordComponents()) {
            String key = key("", c);
            Object value = value(defaults, c);
            if (c.getType() == InfoganConfig.class) {
                section(md, key, top.get(c.getName()) + " Off unless given; its defaults:", InfoganConfig.defaults());
            } else if (c.getType() == ObjectiveConfig.class) {
                objective(md, top.get(c.getName()), (ObjectiveConfig) value);
            } else if (c.getType() == RegularisersConfig.class) {
                regularisers(md, top.get(c.getName()));
            } else if (c.getType().isRecord()) {
                section(md, key, top.get(c.getName()), (Record) value);
            }
        }
        return md.toString();
    }

    private static final String HEADER = "| key | type | default | meaning |\n|---|---|---|---|\n";

    /** A section: its description, then a table of its keys; nested records become sections of their own. */
    private static void section(StringBuilder md, String path, String about, Record defaults) {
        Class<?> type = defaults.getClass();
        Map<String, String> params = params(type);
        md.append("\n## `").append(path).append("`\n\n").append(about).append("\n");
        List<RecordComponent> nested = new java.util.ArrayList<>();
        boolean table = false;
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isRecord()) {
                nested.add(c);
            } else {
                md.append(table ? "" : "\n" + HEADER);
                table = true;
                row(md, key(path, c), c.getType(), value(defaults, c), params.get(c.getName()));
            }
        }
        for (RecordComponent c : nested) {
            section(md, key(path, c), params.get(c.getName()), (Record) value(defaults, c));
        }
    }

    private static void objective(StringBuilder md, String about, ObjectiveConfig defaults) {
        md.append("\n## `objective`\n\n")
                .append(about)
                .append(": a name, one of ")
                .append(String.join(
                        ", ",
                        ObjectiveConfig.names().stream().map(n -> "`" + n + "`").toList()))
                .append(" (default `")
                .append(defaults.name())
                .append("`), or for one with parameters a mapping of its `name` and them:\n");
        for (ObjectiveConfig o : ObjectiveConfig.WITH_PARAMETERS) {
            Record r = (Record) o;
            md.append("\n### `objective: {name: ")
                    .append(o.name())
                    .append(", …}`\n\n")
                    .append(HEADER);
            Map<String, String> params = params(r.getClass());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (!c.getName().equals("name")) {
                    row(md, "objective." + key("", c), c.getType(), value(r, c), params.get(c.getName()));
                }
            }
        }
    }

    private static void regularisers(StringBuilder md, String about) {
        md.append("\n## `regularisers`\n\n")
                .append(about)
                .append(": each an optional section, off unless given (`null` turns one off); a section given ")
                .append("takes the defaults below for the keys it leaves out.\n");
        for (RegulariserConfig r : RegularisersConfig.known()) {
            Record rec = (Record) r;
            String path = "regularisers." + r.configName();
            md.append("\n### `")
                    .append(path)
                    .append("`\n\n")
                    .append(classAbout(rec.getClass()))
                    .append("\n\n");
            md.append(HEADER);
            Map<String, String> params = params(rec.getClass());
            for (RecordComponent c : rec.getClass().getRecordComponents()) {
                row(md, key(path, c), c.getType(), value(rec, c), params.get(c.getName()));
            }
        }
    }

    private static void row(StringBuilder md, String key, Class<?> type, Object value, String meaning) {
        md.append("| `")
                .append(key)
                .append("` | ")
                .append(typeName(type))
                .append(" | ")
                .append(value == null ? "—" : "".equals(value) ? "`\"\"`" : "`" + value + "`")
                .append(" | ")
                .append(meaning == null ? "" : meaning.replace("|", "\\|"))
                .append(" |\n");
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == long.class) {
            return "integer";
        }
        if (type == double.class) {
            return "number";
        }
        if (type == boolean.class) {
            return "boolean";
        }
        if (type == List.class) {
            return "list of integers";
        }
        return "text";
    }

    private static String key(String path, RecordComponent c) {
        String k = RecordBinder.snakeCase(c.getName());
        return path.isEmpty() ? k : path + "." + k;
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record's {@code @param} texts by component name, as one line each in Markdown. */
    static Map<String, String> params(Class<?> type) {
        String doc = javadoc(type);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=@param|@see|$)", Pattern.DOTALL)
                .matcher(doc);
        while (m.find()) {
            out.put(m.group(1), markdown(m.group(2)));
        }
        return out;
    }

    /** The first sentence-or-more of the record's Javadoc, before its tags. */
    private static String classAbout(Class<?> type) {
        String doc = javadoc(type);
        int tag = doc.indexOf("@param");
        return markdown(tag < 0 ? doc : doc.substring(0, tag));
    }

    /** The Javadoc comment just before {@code record Name(}, its leading asterisks removed. */
    private static String javadoc(Class<?> type) {
        String src;
        try {
            src = Files.readString(SOURCES.resolve(type.getSimpleName() + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = src.indexOf("record " + type.getSimpleName() + "(");
        int end = src.lastIndexOf("*/", at);
        int start = src.lastIndexOf("/**", end);
        if (at < 0 || end < 0 || start < 0) {
            throw new IllegalStateException("no Javadoc before record " + type.getSimpleName());
        }
        return src.substring(start + 3, end).replaceAll("(?m)^\\s*\\* ?", "");
    }

    /** Javadoc text as one line of Markdown: {@code x} and {@link y} as code, entities decoded, HTML dropped. */
    private static String markdown(String javadoc) {
        return javadoc.replaceAll("\\{@code\\s+([^}]*)}", "`$1`")
                .replaceAll("\\{@link\\s+(?:[\\w.]*#)?([^}\\s]*)[^}]*}", "`$1`")
                .replaceAll("</?(b|i|em|p|ul|li|sub|sup)>", "")
                .replace("&gt;", ">")
                .replace("&lt;", "<")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
