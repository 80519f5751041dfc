package io.gan4j.metrics.toy;

/**
 * The initialisation phase of Jonker &amp; Volgenant's assignment algorithm (Computing 38, 1987,
 * §4): column reduction, reduction transfer and augmenting row reduction. It matches most rows
 * cheaply before {@link LinearAssignment} runs its exact shortest-augmenting-path phase on the
 * rest.
 *
 * <p>Postcondition, which that phase relies on: {@code cost[i][j] − v[j] ≥ 0} for all i, j, and
 * every matched row's column minimises {@code cost[i][j] − v[j]} over j. So
 * {@code u[i] = cost[i][columnOf[i]] − v[columnOf[i]]} (0 for free rows) is a feasible dual
 * solution that is tight on the partial matching. The potentials {@code v} only ever decrease
 * from the column minima, which is what keeps the first inequality.
 *
 * <p>Augmenting row reduction is an auction: a free row takes its cheapest column, lowers that
 * column's {@code v} by the margin to its runner-up and evicts the column's owner, who bids next.
 * With real-valued costs the margins can be tiny and the auction can run for a very long time
 * (measured: 10 s at n = 1000 for random Gaussian points, against 0.1 s for the whole solve), so
 * it is capped at {@value #BIDS_PER_ROW}·n bids; rows still free go to the exact phase. The cap
 * changes only the speed, never the result.
 */
final class JonkerVolgenantReduction {

    /** Bids allowed per row in augmenting row reduction (two passes in all). */
    static final int BIDS_PER_ROW = 4;

    private JonkerVolgenantReduction() {}

    /**
     * Fills {@code v} and a partial matching; {@code columnOf} and {@code rowOf} are overwritten
     * (−1 for unmatched).
     */
    static void run(double[] cost, int n, double[] v, int[] columnOf, int[] rowOf) {
        java.util.Arrays.fill(columnOf, -1);
        java.util.Arrays.fill(rowOf, -1);
        int[] matches = reduceColumns(cost, n, v, columnOf, rowOf);
        transferReductions(cost, n, v, columnOf, matches);
        augmentRows(cost, n, v, columnOf, rowOf);
    }

    /** v[j] = min_i cost[i][j]; column j goes to its argmin row if that row is still free. */
    private static int[] reduceColumns(double[] cost, int n, double[] v, int[] columnOf, int[] rowOf) {
        int[] matches = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            int argmin = 0;
            double min = cost[j];
            for (int i = 1; i < n; i++) {
                double c = cost[i * n + j];
                if (c < min) {
                    min = c;
                    argmin = i;
                }
            }
            v[j] = min;
            if (matches[argmin]++ == 0) {
                columnOf[argmin] = j;
                rowOf[j] = argmin;
            }
        }
        return matches;
    }

    /** A row that won exactly one column lowers that column's v by its margin to the runner-up. */
    private static void transferReductions(double[] cost, int n, double[] v, int[] columnOf, int[] matches) {
        for (int i = 0; i < n; i++) {
            if (matches[i] != 1) {
                continue;
            }
            int own = columnOf[i];
            int base = i * n;
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != own) {
                    min = Math.min(min, cost[base + j] - v[j]);
                }
            }
            if (min < Double.POSITIVE_INFINITY) {
                v[own] -= min;
            }
        }
    }

    /** Two passes of the (capped) auction over the free rows. */
    private static void augmentRows(double[] cost, int n, double[] v, int[] columnOf, int[] rowOf) {
        int[] free = new int[n];
        int bids = BIDS_PER_ROW * n;
        for (int pass = 0; pass < 2; pass++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (columnOf[i] < 0) {
                    free[count++] = i;
                }
            }
            int k = 0;
            while (k < count && bids-- > 0) {
                int i = free[k++];
                int base = i * n;
                double min = Double.POSITIVE_INFINITY;
                double second = Double.POSITIVE_INFINITY;
                int j1 = -1;
                int j2 = -1;
                for (int j = 0; j < n; j++) {
                    double h = cost[base + j] - v[j];
                    if (h < second) {
                        if (h >= min) {
                            second = h;
                            j2 = j;
                        } else {
                            second = min;
                            j2 = j1;
                            min = h;
                            j1 = j;
                        }
                    }
                }
                int evicted = rowOf[j1];
                boolean strict = min < second;
                if (strict) {
                    v[j1] -= second - min; // j1 stays i's cheapest column, tied with j2
                } else if (evicted >= 0 && j2 >= 0) {
                    j1 = j2; // a tie: take the runner-up instead
                    evicted = rowOf[j2];
                }
                if (evicted >= 0) {
                    columnOf[evicted] = -1;
                }
                columnOf[i] = j1;
                rowOf[j1] = i;
                if (evicted >= 0 && strict) {
                    free[--k] = evicted; // the evicted row bids next
                }
            }
        }
    }
}
