package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.objectives.CombinedKl;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Saturation and the combined update")
class SaturationTest extends SingleThreadTorchTest {

    @Nested
    @DisplayName("closed forms")
    class ClosedForms {

        @Test
        @DisplayName("∇KL(N(μ, σ²) ‖ N(0, 1)) = (μ, σ − 1/σ) matches central differences of KL")
        void klGradientMatchesFiniteDifferences() {
            double h = 1e-6;
            for (double[] p : Saturation.POINTS) {
                double[] g = GeneratorGradients.klGradient(p[0], p[1]);
                double dMu = (GeneratorGradients.kl(p[0] + h, p[1]) - GeneratorGradients.kl(p[0] - h, p[1])) / (2 * h);
                double dSigma =
                        (GeneratorGradients.kl(p[0], p[1] + h) - GeneratorGradients.kl(p[0], p[1] - h)) / (2 * h);
                assertThat(g[0]).isCloseTo(dMu, within(1e-7));
                assertThat(g[1]).isCloseTo(dSigma, within(1e-7));
            }
        }

        @Test
        @DisplayName("the optimal logit is log p_data − log p_g")
        void optimalLogit() {
            double[] x = {-3, -0.5, 0, 1.2, 4};
            double[] l = DoubleTensors.values(GeneratorGradients.optimalLogit(DoubleTensors.vector(x), 2, 0.5));
            for (int i = 0; i < x.length; i++) {
                assertThat(l[i])
                        .isCloseTo(new Normal(0, 1).logPdf(x[i]) - new Normal(2, 0.5).logPdf(x[i]), within(1e-12));
            }
        }

        @Test
        @DisplayName("the combined loss's gradient per logit is −1, whatever the batch")
        void combinedPerLogit() {
            double[] g = GeneratorGradients.perLogit(new CombinedKl(), new double[] {-30, 0, 7});
            assertThat(g).containsExactly(new double[] {-1, -1, -1}, within(1e-15));
        }
    }

    @Nested
    @DisplayName("the experiment (reduced budget)")
    class Experiment {

        static Saturation.Figures figures;
        static Path dir;

        @BeforeAll
        static void runIt(@TempDir Path tmp) {
            dir = tmp.resolve("run");
            figures = Saturation.run(Saturation.Options.quick(), 1, TheoryRun.create(dir, "saturation", "Saturation"));
        }

        @Test
        @DisplayName("autograd through the objectives gives −σ(l), −(1 − σ(l)), −1 to float64 rounding")
        void autogradMatches() {
            assertThat(figures.maxAutogradError()).isBetween(0.0, 1e-12);
            assertThat(figures.maxAutogradRelativeError()).isBetween(0.0, 1e-12);
        }

        @Test
        @DisplayName("at l = −20 the minimax gradient has vanished (−σ(−20) ≈ −2e−9), the others are −1")
        void minimaxSaturates() {
            assertThat(figures.minimaxGradientAtMinLogit()).isCloseTo(-1 / (1 + Math.exp(20)), within(1e-15));
            assertThat(figures.nonSaturatingGradientAtMinLogit()).isCloseTo(-1.0, within(1e-8));
            assertThat(figures.combinedGradientAtMinLogit()).isEqualTo(-1.0);
        }

        @Test
        @DisplayName(
                "with D* held fixed, the combined update's gradient is ∇KL(p_g ‖ p_data) within 5%; the others' are "
                        + "not")
        void combinedFollowsKl() {
            assertThat(figures.klGradientRelativeError()).isBetween(0.0, 0.05);
            assertThat(figures.nonSaturatingKlGradientRelativeError()).isGreaterThan(0.2);
            assertThat(figures.minimaxKlGradientRelativeError()).isGreaterThan(0.2);
        }

        @Test
        @DisplayName("writes summary.json, CSVs, PNGs and report.html")
        void writesTheRunDirectory() {
            for (String f : new String[] {
                "summary.json",
                "logit_gradients.csv",
                "kl_gradient.csv",
                "saturation.png",
                "kl_gradient.png",
                "report.html"
            }) {
                assertThat(dir.resolve(f)).isRegularFile();
            }
        }
    }
}
