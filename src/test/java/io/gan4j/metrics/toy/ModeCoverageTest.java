package io.gan4j.metrics.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.data.toy.Grid;
import io.gan4j.data.toy.Ring;
import io.gan4j.data.toy.SwissRoll;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ModeCoverage")
class ModeCoverageTest {

    private static final double EPS = 1e-12;
    private static final double[][] RING = new Ring().modes();

    /** {@code copies} copies of each listed point. */
    private static double[][] repeat(double[][] points, int... copies) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < points.length; k++) {
            for (int c = 0; c < copies[k]; c++) {
                out.add(points[k].clone());
            }
        }
        return out.toArray(new double[0][]);
    }

    @Nested
    @DisplayName("with closed-form answers")
    class ClosedForm {

        @Test
        @DisplayName("samples exactly on every mode: K/K captured, all HQ, KL 0")
        void allModes() {
            double[][] samples = repeat(RING, 5, 5, 5, 5, 5, 5, 5, 5);
            ModeReport r = ModeCoverage.evaluate(samples, RING, 0.01);
            assertThat(r.modesCaptured()).isEqualTo(8);
            assertThat(r.modesTotal()).isEqualTo(8);
            assertThat(r.hqFraction()).isCloseTo(1.0, within(EPS));
            assertThat(r.reverseKl()).isCloseTo(0.0, within(EPS));
            assertThat(r.hqCountsPerMode()).containsExactly(5, 5, 5, 5, 5, 5, 5, 5);
        }

        @Test
        @DisplayName("samples all on one mode: 1 captured, KL log K")
        void oneMode() {
            double[][] samples = repeat(RING, 0, 0, 0, 40, 0, 0, 0, 0);
            ModeReport r = ModeCoverage.evaluate(samples, RING, 0.01);
            assertThat(r.modesCaptured()).isEqualTo(1);
            assertThat(r.hqFraction()).isCloseTo(1.0, within(EPS));
            assertThat(r.reverseKl()).isCloseTo(Math.log(8), within(EPS));
            assertThat(r.hqCountsPerMode()).containsExactly(0, 0, 0, 40, 0, 0, 0, 0);
        }

        @Test
        @DisplayName("samples split 3:1 over K = 2 modes: KL = ¾ log(¾·2) + ¼ log(¼·2)")
        void threeToOne() {
            double[][] modes = {{0, 0}, {10, 0}};
            ModeReport r = ModeCoverage.evaluate(repeat(modes, 30, 10), modes, 0.5);
            assertThat(r.modesCaptured()).isEqualTo(2);
            assertThat(r.reverseKl()).isCloseTo(0.75 * Math.log(1.5) + 0.25 * Math.log(0.5), within(EPS));
            assertThat(r.reverseKl()).isCloseTo(0.1308120359, within(1e-9));
        }

        @Test
        @DisplayName("samples split 3:1 over two of K = 4 modes: 2 captured, KL = ¾ log 3")
        void threeToOneOfFour() {
            double[][] modes = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
            ModeReport r = ModeCoverage.evaluate(repeat(modes, 0, 30, 10, 0), modes, 0.5);
            assertThat(r.modesCaptured()).isEqualTo(2);
            assertThat(r.reverseKl()).isCloseTo(0.75 * Math.log(3) + 0.25 * Math.log(1), within(EPS));
        }

        @Test
        @DisplayName("low-quality samples lower hqFraction but not the KL of the HQ histogram")
        void lowQualityIgnoredByKl() {
            double[][] modes = {{0, 0}, {10, 0}};
            double[][] samples = {{0, 0}, {10, 0}, {5, 0}, {5, 5}};
            ModeReport r = ModeCoverage.evaluate(samples, modes, 0.5);
            assertThat(r.hqFraction()).isCloseTo(0.5, within(EPS));
            assertThat(r.reverseKl()).isCloseTo(0.0, within(EPS));
            assertThat(r.modesCaptured()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("the 3σ high-quality threshold")
    class Threshold {
        private final double[][] modes = {{1, 2}, {5, 2}};
        private final double std = 0.1;

        private double[][] around(double[] centre, double distance) {
            double[][] points = new double[12][];
            for (int a = 0; a < 12; a++) {
                double angle = 2 * Math.PI * a / 12 + 0.1;
                points[a] =
                        new double[] {centre[0] + distance * Math.cos(angle), centre[1] + distance * Math.sin(angle)};
            }
            return points;
        }

        @Test
        @DisplayName("counts points at 2.9σ as high quality")
        void inside() {
            ModeReport r = ModeCoverage.evaluate(around(modes[1], 2.9 * std), modes, std);
            assertThat(r.hqFraction()).isCloseTo(1.0, within(EPS));
            assertThat(r.hqCountsPerMode()).containsExactly(0, 12);
            assertThat(r.modesCaptured()).isEqualTo(1);
        }

        @Test
        @DisplayName("does not count points at 3.1σ, and captures nothing from them")
        void outside() {
            ModeReport r = ModeCoverage.evaluate(around(modes[1], 3.1 * std), modes, std);
            assertThat(r.hqFraction()).isCloseTo(0.0, within(EPS));
            assertThat(r.modesCaptured()).isZero();
            assertThat(r.reverseKl()).isNaN();
            assertThat(r.hqCountsPerMode()).containsExactly(0, 0);
        }

        @Test
        @DisplayName("counts a NaN or infinite sample as not high quality")
        void nonFinite() {
            double[][] samples = {{1, 2}, {Double.NaN, 2}, {Double.POSITIVE_INFINITY, 0}, {5, 2}};
            ModeReport r = ModeCoverage.evaluate(samples, modes, std);
            assertThat(r.hqFraction()).isCloseTo(0.5, within(EPS));
            assertThat(r.hqCountsPerMode()).containsExactly(1, 1);
        }
    }

    @Nested
    @DisplayName("on samples from the target itself")
    class OnTarget {

        @Test
        @DisplayName("captures all 8 ring modes with HQ share 1 − exp(−4.5) and KL ≈ 0")
        void ring() {
            // P(|z| ≤ 3) for z ~ N(0, I₂) is 1 − exp(−9/2) ≈ 0.98889; its SE at n = 20,000 is
            // 0.0007. The expected KL of an 8-bin multinomial histogram is about 7/(2n) ≈ 2e-4.
            Ring ring = new Ring();
            ModeReport r = ModeCoverage.evaluate(ring.sample(20_000, new SplittableRandom(3)), ring);
            assertThat(r.modesCaptured()).isEqualTo(8);
            assertThat(r.hqFraction()).isCloseTo(1 - Math.exp(-4.5), within(0.005));
            assertThat(r.reverseKl()).isBetween(0.0, 1e-3);
        }

        @Test
        @DisplayName("captures all 25 grid modes")
        void grid() {
            Grid grid = new Grid();
            ModeReport r = ModeCoverage.evaluate(grid.sample(20_000, new SplittableRandom(4)), grid);
            assertThat(r.modesCaptured()).isEqualTo(25);
            assertThat(r.hqFraction()).isCloseTo(1 - Math.exp(-4.5), within(0.005));
        }
    }

    @Nested
    @DisplayName("rejects bad input")
    class Validation {

        @Test
        @DisplayName("a distribution without modes")
        void noModes() {
            assertThatThrownBy(() -> ModeCoverage.evaluate(new double[][] {{0, 0}}, new SwissRoll()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("toy dataset 'swissroll' has no modes; "
                            + "mode coverage needs a mixture with discrete modes");
        }

        @Test
        @DisplayName("a non-positive or non-finite std")
        void badStd() {
            assertThatThrownBy(() -> ModeCoverage.evaluate(RING, RING, -1.0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("std must be positive, found -1.0");
            assertThatThrownBy(() -> ModeCoverage.evaluate(RING, RING, 0.0))
                    .hasMessage("std must be positive, found 0.0");
            assertThatThrownBy(() -> ModeCoverage.evaluate(RING, RING, Double.NaN))
                    .hasMessage("std must be positive, found NaN");
        }

        @Test
        @DisplayName("empty samples or modes")
        void empty() {
            assertThatThrownBy(() -> ModeCoverage.evaluate(new double[0][], RING, 0.01))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("samples must contain at least one point, found none");
            assertThatThrownBy(() -> ModeCoverage.evaluate(RING, new double[0][], 0.01))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("modes must contain at least one point, found none");
        }

        @Test
        @DisplayName("a sample whose dimension differs from the modes'")
        void dimension() {
            double[][] samples = {{0, 0}, {1, 1}, {0, 0, 0}};
            assertThatThrownBy(() -> ModeCoverage.evaluate(samples, RING, 0.01))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("samples[2] must have 2 coordinates, found 3");
        }
    }

    @Nested
    @DisplayName("ModeReport")
    class Report {

        @Test
        @DisplayName("compares and hashes its counts by content")
        void equality() {
            ModeReport a = new ModeReport(2, 3, 0.5, 0.1, new int[] {1, 0, 2});
            ModeReport b = new ModeReport(2, 3, 0.5, 0.1, new int[] {1, 0, 2});
            ModeReport c = new ModeReport(2, 3, 0.5, 0.1, new int[] {2, 0, 1});
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
            assertThat(a.toString()).contains("hqCountsPerMode=[1, 0, 2]");
        }

        @Test
        @DisplayName("keeps its counts from being changed through the array")
        void defensiveCopies() {
            int[] counts = {1, 2};
            ModeReport r = new ModeReport(2, 2, 1.0, 0.0, counts);
            counts[0] = 99;
            r.hqCountsPerMode()[1] = 99;
            assertThat(r.hqCountsPerMode()).containsExactly(1, 2);
        }

        @Test
        @DisplayName("rejects counts of the wrong length")
        void wrongLength() {
            assertThatThrownBy(() -> new ModeReport(1, 3, 1.0, 0.0, new int[] {1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("hqCountsPerMode must have modesTotal = 3 entries, found 1");
        }
    }
}
