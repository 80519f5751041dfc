package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.training.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A theory run's summary is the record its experiment returns")
class TheoryRunTest {

    /** Figures of the shapes the experiments use: a number, text, a non-finite number, a map by name, a record. */
    record Figures(double maxError, String pData, double gap, Map<String, Double> byLayer, Budget options) {}

    record Budget(int steps, double learningRate) {}

    @Test
    @DisplayName("summary.json: the components in order and snake_case, NaN as null, nested records and maps, "
            + "then wall_seconds")
    void summaryIsTheRecord(@TempDir Path dir) throws IOException {
        TheoryRun run = TheoryRun.create(dir.resolve("run"), "t", "title");
        assertThat(run.wallSeconds()).isNaN();
        Figures figures = new Figures(0.25, "N(0, 1)", Double.NaN, Map.of("layer1", 2.0), new Budget(7, 0.5));

        assertThat(run.finish(figures)).isSameAs(figures);

        Map<String, Object> summary = Json.read(dir.resolve("run/summary.json"));
        assertThat(List.copyOf(summary.keySet()))
                .containsExactly("max_error", "p_data", "gap", "by_layer", "options", "wall_seconds");
        assertThat(summary.get("max_error")).isEqualTo(0.25);
        assertThat(summary.get("p_data")).isEqualTo("N(0, 1)");
        assertThat(summary).containsEntry("gap", null);
        assertThat(summary.get("by_layer")).isEqualTo(Map.of("layer1", 2.0));
        assertThat(summary.get("options")).isEqualTo(Map.of("steps", 7, "learning_rate", 0.5));
        assertThat(((Number) summary.get("wall_seconds")).doubleValue())
                .isEqualTo(run.wallSeconds())
                .isGreaterThanOrEqualTo(0);

        String report = Files.readString(dir.resolve("run/report.html"));
        for (String key : List.of("max_error", "p_data", "by_layer.layer1", "options.steps", "options.learning_rate")) {
            assertThat(report).as(key).contains("<td>" + key + "</td>");
        }
    }
}
