package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import io.gan4j.torch.TorchTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j theory gradient-norms (WGAN-GP Figure 1b) on the reduced budget")
class GradientNormsTest extends TorchTest {

    @TempDir
    static Path dir;

    private static GradientNorms.Figures figures;

    @BeforeAll
    static void runOnce() {
        // One BLAS thread: with the two cores shared, OpenBLAS's second thread made these steps up to 30× slower.
        Torch.init(new ThreadSettings(1, 1));
        figures = GradientNorms.run(
                GradientNorms.Budget.reduced(), 1, TheoryRun.create(dir.resolve("run"), "gradient-norms", "t"));
    }

    @AfterAll
    static void restoreThreads() {
        Torch.init(ThreadSettings.defaults());
    }

    @Test
    @DisplayName(
            "small clipping bounds make the gradient vanish: more than 10 orders of magnitude across the 12 layers")
    void smallClipsVanish() {
        for (String s : List.of("clip-0.01", "clip-0.001")) {
            assertThat(figures.ratioFirstToLast().get(s)).as(s).isLessThan(1e-10);
            assertThat(figures.ordersOfMagnitudeSpanned().get(s)).as(s).isGreaterThan(10);
        }
        // Each layer multiplies by about c·√(width/2) = 8c: c = 0.001 vanishes faster than c = 0.01.
        assertThat(figures.ratioFirstToLast().get("clip-0.001"))
                .isLessThan(figures.ratioFirstToLast().get("clip-0.01") * 1e-6);
    }

    @Test
    @DisplayName("c = 0.1 explodes: the first layer's gradient outgrows the last's, more so as the critic trains")
    void largeClipExplodes() {
        List<Double> during = figures.log10RatioDuringTraining().get("clip-0.1");
        assertThat(figures.ratioFirstToLast().get("clip-0.1")).isGreaterThan(1);
        assertThat(during.get(during.size() - 1) - during.get(0)).isGreaterThan(1);
    }

    @Test
    @DisplayName("the gradient penalty keeps every layer within one order of magnitude and ‖∇ₓf‖ near 1")
    void penaltyStaysLevel() {
        assertThat(figures.ordersOfMagnitudeSpanned().get("gradient-penalty")).isLessThan(1);
        assertThat(figures.ratioFirstToLast().get("gradient-penalty")).isBetween(0.1, 10.0);
        assertThat(figures.inputGradientNorm().get("gradient-penalty")).isCloseTo(1.0, within(0.3));
    }

    @Test
    @DisplayName("clipping piles the weights at ±c")
    void clippedWeightsPileUpAtTheBound() {
        assertThat(figures.fractionAtClipBound().get("clip-0.01")).isGreaterThan(0.9);
        assertThat(figures.fractionAtClipBound().get("clip-0.001")).isGreaterThan(0.99);
        assertThat(figures.fractionAtClipBound().containsKey("gradient-penalty"))
                .isFalse();
    }

    @Test
    @DisplayName("summary.json, report.html, the CSV curves and one plot per figure are written")
    void writesTheRunDirectory() {
        Path run = dir.resolve("run");
        for (String f : List.of(
                "summary.json",
                "report.html",
                "gradient_norms.csv",
                "ratio_during_training.csv",
                "gradient_norms.png",
                "weight_gradient_norms.png",
                "ratio_during_training.png",
                "weights-clip-0.01.png",
                "weights-gradient-penalty.png")) {
            assertThat(run.resolve(f)).as(f).isNotEmptyFile();
        }
        assertThat(figures.log10Norms().get("gradient-penalty")).hasSize(GradientNorms.DEPTH);
    }
}
