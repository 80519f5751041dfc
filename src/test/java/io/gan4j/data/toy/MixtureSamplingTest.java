package io.gan4j.data.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statistical checks that each mixture samples what its Javadoc says: every mode equally often,
 * with the stated spread. The seeds are fixed; the tolerances are chosen so that a correct
 * implementation fails with small probability for any seed (stated per test).
 */
@DisplayName("Samples of a Gaussian mixture")
class MixtureSamplingTest {

    private static final int N = 20_000;

    static Stream<ToyDistribution> mixtures() {
        return ToyDistributions.names().stream().map(ToyDistributions::byName).filter(ToyDistribution::hasModes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixtures")
    @DisplayName("all lie within 5 std of their nearest mode")
    void nearMode(ToyDistribution d) {
        // For a correct sampler the distance to the own mode is std·|z|, z ~ N(0, I₂), and
        // P(|z| > 5) = exp(-12.5) ≈ 3.7e-6 per point.
        double[][] modes = d.modes();
        for (double[] x : d.sample(N, new SplittableRandom(2024))) {
            int k = nearest(x, modes);
            assertThat(Math.hypot(x[0] - modes[k][0], x[1] - modes[k][1])).isLessThanOrEqualTo(5 * d.modeStd());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixtures")
    @DisplayName("fall on each mode with share 1/K ± 0.02")
    void uniformShares(ToyDistribution d) {
        double[][] modes = d.modes();
        int[] counts = new int[modes.length];
        for (double[] x : d.sample(N, new SplittableRandom(2025))) {
            counts[nearest(x, modes)]++;
        }
        for (int count : counts) {
            assertThat((double) count / N).isCloseTo(1.0 / modes.length, within(0.02));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixtures")
    @DisplayName("spread around each mode with per-coordinate std modeStd ± 5%")
    void perModeStd(ToyDistribution d) {
        // 100,000 points rather than 20,000: with 25 modes, 20,000 leave ~800 points per mode,
        // where the std estimate's own relative error (~1.8% pooled over both coordinates) makes
        // a 5% band fail for ~1 mode in 10 seeds. With 4,000 points per mode 5% is > 6 SE.
        int n = 100_000;
        double[][] modes = d.modes();
        double[] sumSq = new double[modes.length];
        int[] counts = new int[modes.length];
        for (double[] x : d.sample(n, new SplittableRandom(2026))) {
            int k = nearest(x, modes);
            double dx = x[0] - modes[k][0];
            double dy = x[1] - modes[k][1];
            sumSq[k] += dx * dx + dy * dy;
            counts[k]++;
        }
        for (int k = 0; k < modes.length; k++) {
            double std = Math.sqrt(sumSq[k] / (2.0 * counts[k]));
            assertThat(std).isCloseTo(d.modeStd(), within(0.05 * d.modeStd()));
        }
    }

    static int nearest(double[] x, double[][] modes) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < modes.length; k++) {
            double dist = Math.hypot(x[0] - modes[k][0], x[1] - modes[k][1]);
            if (dist < bestD) {
                bestD = dist;
                best = k;
            }
        }
        return best;
    }
}
