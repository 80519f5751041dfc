package io.gan4j.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stacked-MNIST mode coverage")
class StackedMnistModesTest {

    @Test
    @DisplayName("every mode equally often: 1000 covered, KL 0")
    void uniform() {
        int[] modes = new int[26_000];
        for (int i = 0; i < modes.length; i++) {
            modes[i] = i % 1000;
        }
        StackedMnistModes m = StackedMnistModes.of(modes);
        assertThat(m.covered()).isEqualTo(1000);
        assertThat(m.kl()).isCloseTo(0, within(1e-12));
    }

    @Test
    @DisplayName("one mode only: 1 covered, KL ln 1000; two modes half and half: KL ln 500")
    void collapsed() {
        assertThat(StackedMnistModes.of(new int[] {7, 7, 7}).kl()).isCloseTo(Math.log(1000), within(1e-12));
        StackedMnistModes two = StackedMnistModes.of(new int[] {1, 2, 1, 2});
        assertThat(two.covered()).isEqualTo(2);
        assertThat(two.kl()).isCloseTo(Math.log(500), within(1e-12));
    }

    @Test
    @DisplayName("the mode of digits (3, 1, 4) is 314; a mode outside 0…999 is refused")
    void modes() {
        assertThat(StackedMnistModes.mode(3, 1, 4)).isEqualTo(314);
        assertThatThrownBy(() -> StackedMnistModes.of(new int[] {1000})).hasMessageContaining("found 1000");
    }
}
