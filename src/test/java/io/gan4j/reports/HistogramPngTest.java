package io.gan4j.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A histogram PNG")
class HistogramPngTest {

    @Test
    @DisplayName("counts half-open bins, the last one closed, and skips non-finite values")
    void countsBins() {
        assertThat(HistogramPng.counts(
                        new double[] {0, 0.25, 0.5, 1, 1, Double.NaN, Double.POSITIVE_INFINITY}, 0, 1, 2))
                .containsExactly(2, 3);
        assertThat(HistogramPng.counts(new double[] {-0.01, 0.01, 0.01}, -0.01, 0.01, 4))
                .containsExactly(1, 0, 0, 2);
    }

    @Test
    @DisplayName("labels ticks with about three significant digits, in scientific notation below 0.01")
    void tickLabels() {
        assertThat(HistogramPng.decimalPattern(0.24)).isEqualTo("0.###");
        assertThat(HistogramPng.decimalPattern(5)).isEqualTo("0.##");
        assertThat(HistogramPng.decimalPattern(0.001)).isEqualTo("0.##E0");
    }

    @Test
    @DisplayName("writes a PNG, even of a single repeated value")
    void writesAPng(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.png");
        new HistogramPng("t", "x", new double[] {0.1, 0.1, 0.1}, 10).writePng(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThatThrownBy(() -> new HistogramPng("t", "x", new double[0], 0))
                .hasMessage("a histogram needs at least 1 bin, found 0");
    }
}
