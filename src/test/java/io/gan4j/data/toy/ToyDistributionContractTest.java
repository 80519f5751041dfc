package io.gan4j.data.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every registered toy distribution honours; one run per registered name. */
@DisplayName("Every registered toy distribution")
class ToyDistributionContractTest {

    static java.util.List<String> names() {
        return ToyDistributions.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    @DisplayName("is found by its own name")
    void foundByName(String name) {
        assertThat(ToyDistributions.byName(name).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    @DisplayName("returns n rows of 2 finite coordinates")
    void shape(String name) {
        double[][] x = ToyDistributions.byName(name).sample(37, new SplittableRandom(1));
        assertThat(x).hasNumberOfRows(37);
        for (double[] row : x) {
            assertThat(row).hasSize(2);
            assertThat(Double.isFinite(row[0]) && Double.isFinite(row[1])).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    @DisplayName("gives identical samples for the same seed and different ones for another")
    void seeded(String name) {
        ToyDistribution d = ToyDistributions.byName(name);
        double[][] a = d.sample(1000, new SplittableRandom(42));
        double[][] b = d.sample(1000, new SplittableRandom(42));
        double[][] c = d.sample(1000, new SplittableRandom(43));
        assertThat(a).isDeepEqualTo(b);
        assertThat(java.util.Arrays.deepEquals(a, c)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    @DisplayName("flattens samples row-major, consuming the generator the same way")
    void flat(String name) {
        ToyDistribution d = ToyDistributions.byName(name);
        double[][] rows = d.sample(50, new SplittableRandom(7));
        float[] flat = d.sampleFlat(50, new SplittableRandom(7));
        assertThat(flat).hasSize(100);
        for (int i = 0; i < 50; i++) {
            assertThat(flat[2 * i]).isEqualTo((float) rows[i][0]);
            assertThat(flat[2 * i + 1]).isEqualTo((float) rows[i][1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    @DisplayName("rejects n < 1 with a message naming n and its value")
    void rejectsEmpty(String name) {
        ToyDistribution d = ToyDistributions.byName(name);
        assertThatThrownBy(() -> d.sample(0, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be at least 1, found 0");
        assertThatThrownBy(() -> d.sampleFlat(-3, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be at least 1, found -3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    @DisplayName("reports modes and modeStd consistently with hasModes")
    void modesConsistent(String name) {
        ToyDistribution d = ToyDistributions.byName(name);
        if (d.hasModes()) {
            assertThat(d.modeStd()).isPositive();
            for (double[] m : d.modes()) {
                assertThat(m).hasSize(2);
            }
        } else {
            assertThat(d.modes()).isEmpty();
            assertThat(d.modeStd()).isNaN();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    @DisplayName("hands out copies of its modes that callers cannot corrupt")
    void modesAreCopies(String name) {
        ToyDistribution d = ToyDistributions.byName(name);
        double[][] before = d.modes();
        double[][] mine = d.modes();
        for (double[] m : mine) {
            m[0] = 1e9;
        }
        assertThat(d.modes()).isDeepEqualTo(before);
    }
}
