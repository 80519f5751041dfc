package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The critic schedule")
class TrainConfigTest {

    @Test
    @DisplayName("is n_critic every step without the WGAN schedule")
    void constant() {
        TrainConfig t = new TrainConfig(1000, 5, false, 0, 0, 2, 0);
        assertThat(t.criticStepsAt(0)).isEqualTo(5);
        assertThat(t.criticStepsAt(500)).isEqualTo(5);
    }

    @Test
    @DisplayName("is 100 for the first 25 generator steps and every 500th with the WGAN schedule")
    void wganSchedule() {
        TrainConfig t = new TrainConfig(2000, 5, true, 0, 0, 2, 0);
        int total = 0;
        for (int step = 0; step < 1001; step++) {
            total += t.criticStepsAt(step);
        }
        // steps 0..24 and 500, 1000: 27 × 100; the other 974 steps: 5 each
        assertThat(total).isEqualTo(27 * 100 + 974 * 5);
        assertThat(t.criticStepsAt(24)).isEqualTo(100);
        assertThat(t.criticStepsAt(25)).isEqualTo(5);
    }
}
