package io.gan4j.metrics.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.data.toy.Ring;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Wasserstein1.exact")
class Wasserstein1Test {

    private static double[][] gaussian(int n, int dim, SplittableRandom rng) {
        double[][] x = new double[n][dim];
        for (double[] row : x) {
            for (int k = 0; k < dim; k++) {
                row[k] = rng.nextGaussian();
            }
        }
        return x;
    }

    @Nested
    @DisplayName("equals closed forms")
    class ClosedForms {

        @ParameterizedTest(name = "n = {0}")
        @ValueSource(ints = {1, 2, 5, 50, 200})
        @DisplayName("W1(X, X + v) = ‖v‖")
        void translation(int n) {
            // Kantorovich–Rubinstein with f(x) = ⟨x, v/‖v‖⟩ gives W1 ≥ ‖v‖; the identity
            // matching costs exactly ‖v‖.
            SplittableRandom rng = new SplittableRandom(n);
            for (int trial = 0; trial < 3; trial++) {
                double[][] x = gaussian(n, 2, rng);
                double[] v = {rng.nextGaussian(), rng.nextGaussian()};
                double[][] y = new double[n][];
                for (int i = 0; i < n; i++) {
                    y[i] = new double[] {x[i][0] + v[0], x[i][1] + v[1]};
                }
                assertThat(Wasserstein1.exact(x, y)).isCloseTo(Math.hypot(v[0], v[1]), within(1e-9));
            }
        }

        @ParameterizedTest(name = "n = {0}")
        @ValueSource(ints = {1, 3, 10, 300})
        @DisplayName("points on a line: W1 = mean |sorted a − sorted b|")
        void oneDimensional(int n) {
            // Points on the line p + s·d (d a unit vector) in the plane: the ground cost is |s − t|
            // and in 1-D the monotone (sorted) matching is optimal.
            SplittableRandom rng = new SplittableRandom(100 + n);
            double angle = rng.nextDouble(2 * Math.PI);
            double[] d = {Math.cos(angle), Math.sin(angle)};
            double[] p = {rng.nextGaussian(), rng.nextGaussian()};
            double[] s = new double[n];
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = rng.nextGaussian();
                t[i] = 0.5 + 2 * rng.nextDouble();
            }
            double[][] a = new double[n][];
            double[][] b = new double[n][];
            for (int i = 0; i < n; i++) {
                a[i] = new double[] {p[0] + s[i] * d[0], p[1] + s[i] * d[1]};
                b[i] = new double[] {p[0] + t[i] * d[0], p[1] + t[i] * d[1]};
            }
            double[] ss = s.clone();
            double[] ts = t.clone();
            Arrays.sort(ss);
            Arrays.sort(ts);
            double expected = 0;
            for (int i = 0; i < n; i++) {
                expected += Math.abs(ss[i] - ts[i]);
            }
            expected /= n;
            assertThat(Wasserstein1.exact(a, b)).isCloseTo(expected, within(1e-9));
        }

        @Test
        @DisplayName("a hand-worked 1-D configuration: {0, 1, 3} vs {2, 4, 5} gives 7/3")
        void handWorked() {
            double[][] a = {{0, 0}, {3, 0}, {1, 0}};
            double[][] b = {{5, 0}, {2, 0}, {4, 0}};
            // sorted: |0−2| + |1−4| + |3−5| = 2 + 3 + 2 = 7
            assertThat(Wasserstein1.exact(a, b)).isCloseTo(7.0 / 3, within(1e-12));
        }

        @Test
        @DisplayName("W1(X, X) = 0, also with repeated points")
        void zero() {
            double[][] x = new Ring().sample(300, new SplittableRandom(8));
            x[1] = x[0].clone();
            x[2] = x[0].clone();
            double[][] shuffled = x.clone();
            java.util.Collections.shuffle(Arrays.asList(shuffled), new java.util.Random(1));
            assertThat(Wasserstein1.exact(x, shuffled)).isCloseTo(0.0, within(1e-15));
        }
    }

    @Nested
    @DisplayName("agrees with brute force")
    class BruteForce {

        @Test
        @DisplayName("equals the minimum over all permutations for random n ≤ 7")
        void permutations() {
            SplittableRandom rng = new SplittableRandom(77);
            for (int trial = 0; trial < 200; trial++) {
                int n = 1 + rng.nextInt(7);
                int dim = 1 + rng.nextInt(3);
                double[][] a = gaussian(n, dim, rng);
                double[][] b = gaussian(n, dim, rng);
                if (trial % 4 == 0) {
                    b[0] = a[0].clone(); // some exact ties
                }
                assertThat(Wasserstein1.exact(a, b)).isCloseTo(bruteForce(a, b), within(1e-12));
            }
        }

        @Test
        @DisplayName("is symmetric")
        void symmetric() {
            SplittableRandom rng = new SplittableRandom(5);
            for (int n : new int[] {1, 4, 60, 250}) {
                double[][] a = gaussian(n, 2, rng);
                double[][] b = new Ring().sample(n, rng);
                assertThat(Wasserstein1.exact(a, b)).isCloseTo(Wasserstein1.exact(b, a), within(1e-12));
            }
        }

        private double bruteForce(double[][] a, double[][] b) {
            int n = a.length;
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            double[] best = {Double.POSITIVE_INFINITY};
            permute(perm, 0, a, b, best);
            return best[0] / n;
        }

        private void permute(int[] perm, int k, double[][] a, double[][] b, double[] best) {
            if (k == perm.length) {
                double total = 0;
                for (int i = 0; i < perm.length; i++) {
                    double s = 0;
                    for (int c = 0; c < a[i].length; c++) {
                        double d = a[i][c] - b[perm[i]][c];
                        s += d * d;
                    }
                    total += Math.sqrt(s);
                }
                best[0] = Math.min(best[0], total);
                return;
            }
            for (int i = k; i < perm.length; i++) {
                swap(perm, k, i);
                permute(perm, k + 1, a, b, best);
                swap(perm, k, i);
            }
        }

        private void swap(int[] p, int i, int j) {
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }

    @Nested
    @DisplayName("handles bad input")
    class Validation {

        @Test
        @DisplayName("rejects unequal sizes, naming both")
        void unequalSizes() {
            assertThatThrownBy(() -> Wasserstein1.exact(new double[3][2], new double[4][2]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a and b must have the same number of points, found 3 and 4");
        }

        @Test
        @DisplayName("rejects empty sets and mismatched dimensions")
        void shapes() {
            assertThatThrownBy(() -> Wasserstein1.exact(new double[0][], new double[0][]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a must contain at least one point, found none");
            assertThatThrownBy(() -> Wasserstein1.exact(new double[2][2], new double[2][3]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("b[0] must have 2 coordinates, found 3");
        }

        @Test
        @DisplayName("returns NaN when a coordinate is not finite")
        void nonFinite() {
            double[][] a = {{0, 0}, {1, Double.NaN}};
            double[][] b = {{0, 0}, {1, 1}};
            assertThat(Wasserstein1.exact(a, b)).isNaN();
            assertThat(Wasserstein1.exact(b, new double[][] {{0, 0}, {Double.NEGATIVE_INFINITY, 1}}))
                    .isNaN();
        }
    }
}
