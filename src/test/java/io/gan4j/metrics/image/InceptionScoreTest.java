package io.gan4j.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Inception Score")
class InceptionScoreTest {

    @Test
    @DisplayName("is K for confident predictions spread evenly over K classes, in every split")
    void confidentAndEven() {
        double[][] p = new double[100][10];
        for (int i = 0; i < 100; i++) {
            p[i][i % 10] = 1;
        }
        MeanAndSpread is = InceptionScore.of(p, 10);
        assertThat(is.mean()).isCloseTo(10, within(1e-9));
        assertThat(is.std()).isCloseTo(0, within(1e-9));
    }

    @Test
    @DisplayName("is 1 when every sample has the same class distribution")
    void noInformation() {
        double[][] p = new double[40][];
        for (int i = 0; i < 40; i++) {
            p[i] = new double[] {0.2, 0.3, 0.5};
        }
        assertThat(InceptionScore.of(p, 4).mean()).isCloseTo(1, within(1e-12));
    }

    @Test
    @DisplayName("of p = (0.9, 0.1) and (0.1, 0.9) is exp(0.9 ln 1.8 + 0.1 ln 0.2)")
    void twoClasses() {
        double[][] p = {{0.9, 0.1}, {0.1, 0.9}};
        double expected = Math.exp(0.9 * Math.log(1.8) + 0.1 * Math.log(0.2));
        assertThat(InceptionScore.of(p, 1).mean()).isCloseTo(expected, within(1e-12));
    }
}
