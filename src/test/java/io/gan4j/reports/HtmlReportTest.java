package io.gan4j.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("HTML report")
class HtmlReportTest {

    @Test
    @DisplayName("escapes text, embeds the PNG's exact bytes, formats numbers, and leaves no temporary file")
    void selfContainedAndEscaped(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("c.png");
        LineChartPng.builder()
                .title("t")
                .series("s", new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3})
                .build()
                .writePng(png);
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("w1", 0.0123456);
        kv.put("kl", Double.NaN);
        kv.put("modes", 8);
        Path out = dir.resolve("report.html");
        HtmlReport.builder()
                .title("a <b> & c")
                .paragraph("<script>alert(1)</script>")
                .keyValues("Summary", kv)
                .image("chart", png)
                .build()
                .write(out);
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "<h1>a &lt;b&gt; &amp; c</h1>")
                .doesNotContain("<script>");
        assertThat(html)
                .contains(
                        "<td class=\"num\">0.01235</td>",
                        "<td>kl</td><td class=\"num\">—</td>",
                        "<td class=\"num\">8</td>");
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(Base64.getDecoder().decode(m.group(1))).isEqualTo(Files.readAllBytes(png));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("c.png", "report.html");
        }
    }

    @Test
    @DisplayName("a line chart survives NaN, infinities and non-positive values on a log axis")
    void lineChartSurvivesBadValues(@TempDir Path dir) {
        Path png = dir.resolve("l.png");
        LineChartPng.builder()
                .logY(true)
                .series("a", new double[] {1, 2, 3, 4}, new double[] {Double.NaN, 0, -1, Double.POSITIVE_INFINITY})
                .build()
                .writePng(png);
        assertThat(png).exists();
        assertThat(LineChartPng.drawable(new double[] {1, 2, 3}, new double[] {0.5, Double.NaN, -2}, true)[1])
                .containsExactly(0.5);
    }
}
