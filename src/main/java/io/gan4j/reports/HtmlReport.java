package io.gan4j.reports;

import io.gan4j.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: headings, paragraphs, tables, key-value tables, images embedded as
 * base64 data URIs, and preformatted text. Every text is escaped; nothing is loaded from outside.
 */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
            + "max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
            + "h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}"
            + "td,th{border:1px solid #ccc;padding:.3em .7em;text-align:left}th{background:#f4f4f4}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}"
            + "caption{text-align:left;font-weight:600;padding:.3em 0}figure{display:inline-block;margin:.5em}"
            + "figcaption{font-size:.85em;color:#555}img{max-width:100%;border:1px solid #eee}"
            + "pre{background:#f7f7f7;padding:1em;overflow:auto}";

    private final String title;
    private final List<String> body;

    private HtmlReport(String title, List<String> body) {
        this.title = title;
        this.body = List.copyOf(body);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The page. */
    public String html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        body.forEach(part -> sb.append(part).append('\n'));
        return sb.append("</body></html>\n").toString();
    }

    /** Writes the page atomically. */
    public void write(Path file) {
        AtomicFiles.write(file, html());
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number with 4 significant digits, "—" for NaN or infinity; anything else as text. */
    static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return "—";
            }
            return d == 0 ? "0" : String.format(Locale.ROOT, "%.4g", d);
        }
        return value == null ? "—" : String.valueOf(value);
    }

    /** Builds an {@link HtmlReport}. */
    public static final class Builder {
        private String title = "gan4j report";
        private final List<String> body = new ArrayList<>();

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder heading(String text) {
            body.add("<h2>" + escape(text) + "</h2>");
            return this;
        }

        public Builder paragraph(String text) {
            body.add("<p>" + escape(text) + "</p>");
            return this;
        }

        /** A table: a header row and data rows (cells that look numeric are right-aligned). */
        public Builder table(String caption, List<String> header, List<List<String>> rows) {
            StringBuilder sb = new StringBuilder("<table><caption>")
                    .append(escape(caption))
                    .append("</caption><tr>");
            header.forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
            sb.append("</tr>");
            for (List<String> row : rows) {
                sb.append("<tr>");
                for (String cell : row) {
                    boolean numeric = cell.matches("[-+0-9.,e%±— /]+");
                    sb.append(numeric ? "<td class=\"num\">" : "<td>")
                            .append(escape(cell))
                            .append("</td>");
                }
                sb.append("</tr>");
            }
            body.add(sb.append("</table>").toString());
            return this;
        }

        /** A two-column table of names and values (numbers to 4 significant digits). */
        public Builder keyValues(String caption, Map<String, ?> entries) {
            List<List<String>> rows = new ArrayList<>();
            entries.forEach((k, v) -> rows.add(List.of(k, format(v))));
            return table(caption, List.of("figure", "value"), rows);
        }

        /** A PNG embedded as a data URI, with a caption. */
        public Builder image(String caption, Path png) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(png);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read image " + png, e);
            }
            body.add("<figure><img alt=\"" + escape(caption) + "\" src=\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(bytes) + "\"><figcaption>" + escape(caption)
                    + "</figcaption></figure>");
            return this;
        }

        public Builder preformatted(String caption, String text) {
            body.add("<h2>" + escape(caption) + "</h2><pre>" + escape(text) + "</pre>");
            return this;
        }

        public HtmlReport build() {
            return new HtmlReport(title, body);
        }
    }
}
