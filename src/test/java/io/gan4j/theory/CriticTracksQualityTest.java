package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j theory critic-tracks-quality")
class CriticTracksQualityTest {

    @Nested
    @DisplayName("Spearman's ρ")
    class Spearman {

        @Test
        @DisplayName(
                "averages tied ranks: x = (1, 2, 2, 3), y = (1, 3, 2, 4) gives 3/√10, not the no-ties formula's 0.95")
        void tiesGetTheirAverageRank() {
            // Ranks of x: 1, 2.5, 2.5, 4; of y: 1, 3, 2, 4. Deviations from 2.5: (−1.5, 0, 0, 1.5) and
            // (−1.5, 0.5, −0.5, 1.5): Σ products 4.5, Σ squares 4.5 and 5, ρ = 4.5/√22.5 = 3/√10.
            // 1 − 6Σd²/(n(n² − 1)) would give 1 − 6·0.5/60 = 0.95.
            assertThat(CriticTracksQuality.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}))
                    .isCloseTo(3 / Math.sqrt(10), within(1e-12));
        }

        @Test
        @DisplayName("is −1 for a monotone decreasing relation, pairs with NaN left out")
        void dropsNonFinitePairs() {
            assertThat(CriticTracksQuality.spearman(
                            new double[] {1, Double.NaN, 2, 3, 10}, new double[] {3, 0, 2, 1, -5}))
                    .isCloseTo(-1, within(1e-12));
            assertThat(CriticTracksQuality.spearman(new double[] {1, 2}, new double[] {1, 2}))
                    .isNaN();
            assertThatThrownBy(() -> CriticTracksQuality.spearman(new double[] {1}, new double[] {1, 2}))
                    .hasMessage("x and y must have equal lengths, found 1 and 2");
        }
    }

    @Nested
    @DisplayName("on the reduced budget (seed 1)")
    class ReducedBudget extends SingleThreadTorchTest {

        @TempDir
        static Path dir;

        private static CriticTracksQuality.Figures figures;

        @BeforeAll
        static void runOnce() {
            figures = CriticTracksQuality.run(
                    CriticTracksQuality.Budget.reduced(),
                    1,
                    TheoryRun.create(dir.resolve("run"), "critic-tracks-quality", "t"));
        }

        private double spearman(String name) {
            return figures.spearman().get(name);
        }

        @Test
        @DisplayName(
                "the WGAN-GP critic's −loss ranks the generator's W1 almost perfectly (ρ ≥ 0.9), the NS-GAN's does not")
        void wassersteinCriticTracksW1() {
            // Measured ρ = 1.000 for seeds 1 and 2 on this budget: W1 falls steadily and the warmed-up critic follows
            // it.
            assertThat(spearman("wgan-gp")).isGreaterThanOrEqualTo(0.9);
            assertThat(figures.estimateBelowZero().get("wgan-gp")).isZero();
            assertThat(spearman("gan-ns")).isLessThan(0.5);
            assertThat(spearman("wgan-gp") - spearman("gan-ns")).isGreaterThan(0.5);
        }

        @Test
        @DisplayName("the generator improves during the WGAN-GP run, so the correlation is about a moving W1")
        void w1Falls() {
            double first = figures.w1First().get("wgan-gp");
            double last = figures.w1Last().get("wgan-gp");
            assertThat(last).isLessThan(first - 0.1);
        }

        @Test
        @DisplayName("every preset is reported, with curves, plots and the report page")
        void writesTheRunDirectory() {
            assertThat(List.copyOf(figures.spearman().keySet())).containsExactly("wgan-gp", "wgan-clip", "gan-ns");
            assertThat(List.copyOf(figures.estimateBelowZero().keySet())).containsExactly("wgan-gp", "wgan-clip");
            Path run = dir.resolve("run");
            for (String f : List.of(
                    "summary.json", "report.html", "curves.csv", "w1.png", "curves-wgan-gp.png", "curves-gan-ns.png")) {
                assertThat(run.resolve(f)).as(f).isNotEmptyFile();
            }
        }
    }
}
