package io.gan4j.metrics.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LinearAssignment")
class LinearAssignmentTest {

    private static double total(double[] cost, int n, int[] assignment) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += cost[i * n + assignment[i]];
        }
        return s;
    }

    private static void assertPermutation(int[] p) {
        boolean[] seen = new boolean[p.length];
        for (int j : p) {
            assertThat(j).isBetween(0, p.length - 1);
            assertThat(seen[j]).as("column %d assigned twice", j).isFalse();
            seen[j] = true;
        }
    }

    private static double bruteForce(double[] cost, int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        return permute(cost, n, perm, 0);
    }

    private static double permute(double[] cost, int n, int[] perm, int k) {
        if (k == n) {
            return total(cost, n, perm);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = k; i < n; i++) {
            int t = perm[k];
            perm[k] = perm[i];
            perm[i] = t;
            best = Math.min(best, permute(cost, n, perm, k + 1));
            perm[i] = perm[k];
            perm[k] = t;
        }
        return best;
    }

    @Test
    @DisplayName("solves a hand-worked 3 × 3 problem")
    void handWorked() {
        double[] cost = {
            4, 1, 3,
            2, 0, 5,
            3, 2, 2
        };
        // Optimal: 0→1, 1→0, 2→2 with cost 1 + 2 + 2 = 5 (0→1 and 1→1 compete for the zero).
        assertThat(LinearAssignment.solve(cost, 3)).containsExactly(1, 0, 2);
    }

    @Test
    @DisplayName("matches brute force on random matrices with ties and negative costs, n ≤ 8")
    void bruteForceSmall() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rng.nextInt(8);
            double[] cost = new double[n * n];
            for (int k = 0; k < cost.length; k++) {
                cost[k] = switch (trial % 3) {
                    case 0 -> rng.nextDouble();
                    case 1 -> rng.nextInt(3); // many ties
                    default -> 100 * rng.nextGaussian(); // negative costs
                };
            }
            int[] assignment = LinearAssignment.solve(cost, n);
            assertPermutation(assignment);
            assertThat(total(cost, n, assignment)).isCloseTo(bruteForce(cost, n), within(1e-9));
        }
    }

    @Test
    @DisplayName("leaves no improving swap of two rows on a 150 × 150 problem")
    void noImprovingSwap() {
        // A necessary condition for optimality that does not need brute force.
        int n = 150;
        SplittableRandom rng = new SplittableRandom(9);
        double[] cost = new double[n * n];
        for (int k = 0; k < cost.length; k++) {
            cost[k] = rng.nextDouble();
        }
        int[] p = LinearAssignment.solve(cost, n);
        assertPermutation(p);
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double now = cost[i * n + p[i]] + cost[k * n + p[k]];
                double swapped = cost[i * n + p[k]] + cost[k * n + p[i]];
                assertThat(swapped).isGreaterThanOrEqualTo(now - 1e-12);
            }
        }
    }

    @Test
    @DisplayName("finds the planted optimum of a diagonal-zero problem")
    void plantedPermutation() {
        // cost[i][j] > 0 except cost[i][π(i)] = 0, so π is the unique optimum.
        int n = 400;
        SplittableRandom rng = new SplittableRandom(12);
        int[] pi = new int[n];
        for (int i = 0; i < n; i++) {
            pi[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = pi[i];
            pi[i] = pi[j];
            pi[j] = t;
        }
        double[] cost = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i * n + j] = j == pi[i] ? 0 : 0.001 + rng.nextDouble();
            }
        }
        assertThat(LinearAssignment.solve(cost, n)).containsExactly(pi);
    }

    @Test
    @DisplayName("rejects bad input with messages naming the value")
    void validation() {
        assertThatThrownBy(() -> LinearAssignment.solve(new double[0], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be at least 1, found 0");
        assertThatThrownBy(() -> LinearAssignment.solve(new double[5], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost must have n² = 4 entries, found 5");
        assertThatThrownBy(() -> LinearAssignment.solve(new double[] {0, 1, Double.NaN, 2}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost[1][0] must be finite, found NaN");
    }

    @Test
    @DisplayName("matches JGraphT's Kuhn–Munkres on random 60 × 60 Euclidean problems")
    void agreesWithJGraphT() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 60;
        for (int trial = 0; trial < 3; trial++) {
            double[] cost = new double[n * n];
            for (int i = 0; i < n * n; i++) {
                cost[i] = rng.nextDouble() * 10;
            }
            SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            java.util.Set<Integer> rows = new java.util.HashSet<>();
            java.util.Set<Integer> cols = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                g.addVertex(i);
                g.addVertex(n + i);
                rows.add(i);
                cols.add(n + i);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g.setEdgeWeight(g.addEdge(i, n + j), cost[i * n + j]);
                }
            }
            double expected = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, rows, cols)
                    .getMatching()
                    .getWeight();
            int[] assignment = LinearAssignment.solve(cost, n);
            assertPermutation(assignment);
            assertThat(total(cost, n, assignment)).isCloseTo(expected, within(1e-9));
        }
    }
}
