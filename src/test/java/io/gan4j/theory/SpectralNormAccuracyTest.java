package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j theory spectral-norm on the reduced budget")
class SpectralNormAccuracyTest extends SingleThreadTorchTest {

    @TempDir
    static Path dir;

    private static SpectralNormAccuracy.Figures figures;

    @BeforeAll
    static void runOnce() {
        figures = SpectralNormAccuracy.run(
                SpectralNormAccuracy.Budget.reduced(), 1, TheoryRun.create(dir.resolve("run"), "spectral-norm", "t"));
    }

    @Test
    @DisplayName("the output layer (one row, one singular value) is exact after one step: relative error ≤ 1e-5")
    void oneRowIsExact() {
        assertThat(figures.layers().get("layer4")).isEqualTo("1x256");
        assertThat(figures.maxRelativeErrorByLayer().get("layer4")).isLessThanOrEqualTo(1e-5);
    }

    @Test
    @DisplayName("every estimate ũᵀWṽ is at most the exact σ₁ (it is a lower bound for unit ũ, ṽ)")
    void estimatesNeverExceedTheExactValue() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("run").resolve("sigma.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(lines).hasSizeGreaterThan(20);
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            for (int l = 1; l <= 4; l++) {
                double estimate = Double.parseDouble(v[header.indexOf("layer" + l + "_sigma_power_iteration")]);
                double exact = Double.parseDouble(v[header.indexOf("layer" + l + "_sigma_exact")]);
                assertThat(estimate).isLessThanOrEqualTo(exact * (1 + 1e-5));
            }
        }
    }

    @Test
    @DisplayName("square hidden layers lag by more than 1e-3, because each update outruns their spectral gap")
    void hiddenLayersLagWhereUpdatesOutrunTheGap() {
        // Measured (seed 1): max errors 0.27 and 0.18, median ‖ΔW‖₂/(σ₁ − σ₂) 1.7 and 4.6. One step tracks σ₁ only when
        // the update is small against the gap, which Adam's 4e-4 steps on a 256×256 weight with σ₂/σ₁ ≈ 0.99 are not.
        for (String layer : List.of("layer2", "layer3")) {
            assertThat(figures.maxRelativeErrorByLayer().get(layer)).as(layer).isGreaterThan(1e-3);
            assertThat(figures.medianDriftToGapByLayer().get(layer)).as(layer).isGreaterThan(1);
            assertThat(figures.medianSigma2OverSigma1ByLayer().get(layer))
                    .as(layer)
                    .isGreaterThan(0.9);
        }
        assertThat(figures.maxRelativeError()).isGreaterThan(1e-3);
    }

    @Test
    @DisplayName("summary.json, report.html, sigma.csv and the plots are written")
    void writesTheRunDirectory() {
        Path run = dir.resolve("run");
        for (String f : List.of(
                "summary.json",
                "report.html",
                "sigma.csv",
                "relative_error.png",
                "drift_to_gap.png",
                "sigma-layer2.png")) {
            assertThat(run.resolve(f)).as(f).isNotEmptyFile();
        }
    }
}
