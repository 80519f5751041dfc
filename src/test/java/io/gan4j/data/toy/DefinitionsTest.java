package io.gan4j.data.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each distribution's modes and spread, checked against the numbers in its source. */
@DisplayName("Toy distribution definitions")
class DefinitionsTest {

    private static final double EPS = 1e-12;

    @Nested
    @DisplayName("ring")
    class RingTest {
        private final Ring ring = new Ring();

        @Test
        @DisplayName("has 8 modes on the unit circle at angles 2πk/8, std 0.01")
        void modes() {
            double[][] m = ring.modes();
            assertThat(m).hasNumberOfRows(8);
            for (int k = 0; k < 8; k++) {
                assertThat(Math.hypot(m[k][0], m[k][1])).isCloseTo(1.0, within(EPS));
                assertThat(Math.atan2(m[k][1], m[k][0]))
                        .isCloseTo(Math.IEEEremainder(2 * Math.PI * k / 8, 2 * Math.PI), within(EPS));
            }
            assertThat(ring.modeStd()).isEqualTo(0.01);
        }
    }

    @Nested
    @DisplayName("grid")
    class GridTest {
        @Test
        @DisplayName("has modes (−4+2i, −4+2j), std 0.05")
        void modes() {
            Grid grid = new Grid();
            double[][] m = grid.modes();
            assertThat(m).hasNumberOfRows(25);
            assertThat(m[0]).containsExactly(-4, -4);
            assertThat(m[1]).containsExactly(-4, -2);
            assertThat(m[5]).containsExactly(-2, -4);
            assertThat(m[24]).containsExactly(4, 4);
            assertThat(grid.modeStd()).isEqualTo(0.05);
        }
    }

    @Nested
    @DisplayName("8gaussians")
    class EightGaussiansTest {
        private final EightGaussians d = new EightGaussians();

        @Test
        @DisplayName("has modes 2·c/1.414 in the source's order, std 0.02/1.414")
        void modes() {
            double[][] m = d.modes();
            double r = 2 / 1.414;
            double diag = 2 / Math.sqrt(2) / 1.414;
            assertThat(m).hasNumberOfRows(8);
            assertThat(m[0][0]).isCloseTo(r, within(EPS));
            assertThat(m[0][1]).isCloseTo(0, within(EPS));
            assertThat(m[3][1]).isCloseTo(-r, within(EPS));
            assertThat(m[4][0]).isCloseTo(diag, within(EPS));
            assertThat(m[7][1]).isCloseTo(-diag, within(EPS));
            for (double[] mode : m) {
                assertThat(Math.hypot(mode[0], mode[1])).isCloseTo(r, within(EPS));
            }
            assertThat(d.modeStd()).isCloseTo(0.02 / 1.414, within(EPS));
        }

        @Test
        @DisplayName("rescales the noisy point, not just the centre")
        void rescalesWholePoint() {
            // The spread around the mode is 0.02/1.414, not 0.02: pooled over all modes the
            // std estimate from 20,000 points is within 1% with overwhelming probability.
            double[][] x = d.sample(20_000, new SplittableRandom(5));
            double[][] m = d.modes();
            double sumSq = 0;
            for (double[] p : x) {
                double[] c = m[MixtureSamplingTest.nearest(p, m)];
                sumSq += (p[0] - c[0]) * (p[0] - c[0]) + (p[1] - c[1]) * (p[1] - c[1]);
            }
            assertThat(Math.sqrt(sumSq / (2 * x.length))).isCloseTo(0.02 / 1.414, within(0.01 * 0.02 / 1.414));
        }
    }

    @Nested
    @DisplayName("25gaussians")
    class TwentyFiveGaussiansTest {
        @Test
        @DisplayName("has modes (2i, 2j)/2.828 for i, j ∈ −2..2, std 0.05/2.828")
        void modes() {
            TwentyFiveGaussians d = new TwentyFiveGaussians();
            double[][] m = d.modes();
            assertThat(m).hasNumberOfRows(25);
            assertThat(m[0][0]).isCloseTo(-4 / 2.828, within(EPS));
            assertThat(m[0][1]).isCloseTo(-4 / 2.828, within(EPS));
            assertThat(m[12][0]).isCloseTo(0, within(EPS));
            assertThat(m[12][1]).isCloseTo(0, within(EPS));
            assertThat(m[13][1]).isCloseTo(2 / 2.828, within(EPS));
            assertThat(m[24][0]).isCloseTo(4 / 2.828, within(EPS));
            assertThat(d.modeStd()).isCloseTo(0.05 / 2.828, within(EPS));
        }
    }

    @Nested
    @DisplayName("swissroll")
    class SwissRollTest {
        private final SwissRoll roll = new SwissRoll();
        private final double[][] x = roll.sample(20_000, new SplittableRandom(11));

        @Test
        @DisplayName("has no modes")
        void noModes() {
            assertThat(roll.hasModes()).isFalse();
            assertThat(roll.modes()).isEmpty();
            assertThat(roll.modeStd()).isNaN();
        }

        @Test
        @DisplayName("has radius·7.5 within [1.5π − 1.5, 4.5π + 1.5] for every point")
        void radiusRange() {
            // radius·7.5 = |t·(cos t, sin t) + 0.25·n| ∈ [t − 0.25|n|, t + 0.25|n|],
            // t ∈ [1.5π, 4.5π);
            // P(0.25|n| > 1.5) = exp(-18) ≈ 1.5e-8 per point.
            for (double[] p : x) {
                assertThat(Math.hypot(p[0], p[1]) * 7.5).isBetween(1.5 * Math.PI - 1.5, 4.5 * Math.PI + 1.5);
            }
        }

        @Test
        @DisplayName("has mean radius·7.5 of about 3π (t uniform on [1.5π, 4.5π))")
        void meanRadius() {
            // E|t·e + 0.25 n| = E t + O(0.25²/t) ≈ 3π + 0.004; the sample mean's SE is
            // (3π/√12)/√20000 ≈ 0.02, so ±0.1 is five standard errors.
            double sum = 0;
            for (double[] p : x) {
                sum += Math.hypot(p[0], p[1]) * 7.5;
            }
            assertThat(sum / x.length).isCloseTo(3 * Math.PI, within(0.1));
        }

        @Test
        @DisplayName("winds like a spiral: the angle of each point tracks its radius")
        void spiral() {
            // For a noise-free point, radius·7.5 = t and angle ≡ t (mod 2π). With noise 0.25 the
            // angle error is about 0.25/t ≤ 0.06 rad, and the radius error is 0.25·|n|, so
            // |angle − radius (mod 2π)| stays below 1.5 rad for every point with high probability.
            for (double[] p : x) {
                double r = Math.hypot(p[0], p[1]) * 7.5;
                double angle = Math.atan2(p[1], p[0]);
                assertThat(Math.abs(Math.IEEEremainder(angle - r, 2 * Math.PI))).isLessThan(1.5);
            }
        }
    }
}
