package io.gan4j.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The optimal discriminator")
class OptimalDiscriminatorTest extends SingleThreadTorchTest {

    @Nested
    @DisplayName("in closed form")
    class ClosedForm {

        @Test
        @DisplayName("is σ(2 − 2x) for N(0, 1) against N(2, 1), ½ midway")
        void optimalIsLogistic() {
            for (double x : new double[] {-3, -1, 0, 0.5, 1, 2.5, 4}) {
                assertThat(OptimalDiscriminator.optimal(x)).isCloseTo(1 / (1 + Math.exp(2 * x - 2)), within(1e-12));
            }
            assertThat(OptimalDiscriminator.optimal(1)).isCloseTo(0.5, within(1e-15));
        }

        @Test
        @DisplayName("JSD by the trapezoidal rule matches an independent midpoint sum and lies in [0, log 2]")
        void jsdMatchesAnIndependentSum() {
            double[] x = Quadrature.grid(-10, 12, 4401);
            double jsd = OptimalDiscriminator.jsd(x);
            double midpoint = 0;
            double h = 1e-3;
            for (double t = -12 + h / 2; t < 14; t += h) {
                double p = Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
                double q = Math.exp(-(t - 2) * (t - 2) / 2) / Math.sqrt(2 * Math.PI);
                double m = (p + q) / 2;
                midpoint += h * 0.5 * (p * Math.log(p / m) + q * Math.log(q / m));
            }
            assertThat(jsd).isCloseTo(midpoint, within(1e-9));
            assertThat(jsd).isBetween(0.0, Math.log(2));
        }
    }

    @Nested
    @DisplayName("trained on samples (reduced budget)")
    class Trained {

        static OptimalDiscriminator.Figures figures;
        static Path dir;

        @BeforeAll
        static void train(@TempDir Path tmp) {
            dir = tmp.resolve("run");
            figures = OptimalDiscriminator.run(
                    OptimalDiscriminator.Options.quick(),
                    1,
                    TheoryRun.create(dir, "optimal-discriminator", "Optimal discriminator"));
        }

        @Test
        @DisplayName("is within 0.02 of D* everywhere on the support")
        void matchesTheClosedForm() {
            assertThat(figures.maxAbsError()).isBetween(0.0, 0.02);
        }

        @Test
        @DisplayName("reaches V(D, G) within 0.01 of −log 4 + 2·JSD")
        void valueMatches() {
            double jsd = figures.jsd();
            assertThat(figures.value()).isCloseTo(-Math.log(4) + 2 * jsd, within(0.01));
            assertThat(figures.valueError()).isBetween(0.0, 0.01);
        }

        @Test
        @DisplayName("writes summary.json, CSVs, PNGs and report.html")
        void writesTheRunDirectory() {
            for (String f : new String[] {
                "summary.json",
                "discriminator.csv",
                "loss.csv",
                "discriminator.png",
                "discriminator_error.png",
                "loss.png",
                "report.html"
            }) {
                assertThat(dir.resolve(f)).isRegularFile();
            }
        }
    }
}
