package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Learning parallel lines (WGAN, Example 1)")
class ParallelLinesTest extends SingleThreadTorchTest {

    @Test
    @DisplayName("the default grid has 21 θ from −1 to 1 with 0 and ±0.1 exact")
    void grid() {
        List<Double> thetas = ParallelLines.Options.defaults().thetas();
        assertThat(thetas).hasSize(21).startsWith(-1.0).endsWith(1.0).contains(0.0, 0.1, -0.1);
    }

    @Test
    @DisplayName("options report every violation at once")
    void optionsValidation() {
        assertThatThrownBy(() -> new ParallelLines.Options(List.of(2.0), 0, 256, 32, 10, -1, 5, 0.01))
                .hasMessageContaining("thetas must be a non-empty list in [-1, 1], found [2.0]")
                .hasMessageContaining("critic steps must be at least 1, found 0")
                .hasMessageContaining("warmup must be non-negative, found -1");
    }

    @Nested
    @DisplayName("with trained critics, discriminators and generators (reduced budget: θ ∈ {−1, −0.1, 0, 0.6})")
    class Trained {

        static ParallelLines.Figures figures;
        static Path dir;

        @BeforeAll
        static void train(@TempDir Path tmp) {
            dir = tmp.resolve("run");
            figures = ParallelLines.run(
                    ParallelLines.Options.quick(), 1, TheoryRun.create(dir, "parallel-lines", "Parallel lines"));
        }

        @Test
        @DisplayName("the WGAN-GP critic's gap / K̂ is within 5% of W = |θ| for |θ| ≥ 0.1")
        void wassersteinWithinFivePercent() {
            assertThat(figures.wMaxRelativeError()).isBetween(0.0, 0.05);
        }

        @Test
        @DisplayName("the raw WGAN-GP gap overshoots as its optimum a = 1 + |θ|/(2λ) predicts: 5% at |θ| = 1")
        void rawGapOvershootsAsPredicted() {
            assertThat(figures.wGpRawMaxRelativeError()).isCloseTo(1 / (2 * LineCritics.GP_WEIGHT), within(0.03));
        }

        @Test
        @DisplayName("gap / K̂ never exceeds W (a lower bound, up to the strip grid's resolution), for both critics")
        void normalisedEstimatesAreLowerBounds() throws IOException {
            List<String> lines = Files.readAllLines(dir.resolve("divergences.csv"));
            assertThat(lines).hasSize(5);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                double w = Double.parseDouble(f[1]);
                assertThat(Double.parseDouble(f[2]))
                        .as("GP critic at θ = %s", f[0])
                        .isLessThanOrEqualTo(w * 1.02);
                assertThat(Double.parseDouble(f[5]))
                        .as("clipped critic at θ = %s", f[0])
                        .isLessThanOrEqualTo(w * 1.02);
            }
        }

        @Test
        @DisplayName("the JS estimate is within 0.05 of log 2 for θ ≠ 0")
        void jensenShannon() {
            assertThat(figures.jsMaxAbsError()).isBetween(0.0, 0.05);
        }

        @Test
        @DisplayName(
                "trained from θ = 1, θ reaches 0 against the Wasserstein critic and stalls against the discriminator")
        void generator() {
            assertThat(figures.thetaFinalWasserstein()).isCloseTo(0.0, within(0.1));
            assertThat(figures.thetaFinalJs()).isGreaterThan(0.5);
        }

        @Test
        @DisplayName("at θ = 1 the critic's gradient is ∂W/∂θ = 1; the discriminator's has vanished by the end")
        void generatorGradients() throws IOException {
            String[] first =
                    Files.readAllLines(dir.resolve("generator.csv")).get(1).split(",");
            assertThat(Double.parseDouble(first[4])).isCloseTo(1.0, within(0.2));
            assertThat(figures.generatorGradientFinalJs()).isBetween(0.0, 0.02);
        }

        @Test
        @DisplayName("writes summary.json, CSVs, PNGs and report.html")
        void writesTheRunDirectory() {
            for (String f : new String[] {
                "summary.json",
                "divergences.csv",
                "generator.csv",
                "wasserstein.png",
                "divergences.png",
                "generator.png",
                "generator_gradient.png",
                "report.html"
            }) {
                assertThat(dir.resolve(f)).isRegularFile();
            }
        }
    }
}
