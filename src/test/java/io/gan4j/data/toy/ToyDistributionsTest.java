package io.gan4j.data.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ToyDistributions")
class ToyDistributionsTest {

    @Test
    @DisplayName("lists the five registered names in order")
    void names() {
        assertThat(ToyDistributions.names()).containsExactly("ring", "grid", "8gaussians", "25gaussians", "swissroll");
    }

    @Test
    @DisplayName("maps each name to its class")
    void classes() {
        assertThat(ToyDistributions.byName("ring")).isInstanceOf(Ring.class);
        assertThat(ToyDistributions.byName("grid")).isInstanceOf(Grid.class);
        assertThat(ToyDistributions.byName("8gaussians")).isInstanceOf(EightGaussians.class);
        assertThat(ToyDistributions.byName("25gaussians")).isInstanceOf(TwentyFiveGaussians.class);
        assertThat(ToyDistributions.byName("swissroll")).isInstanceOf(SwissRoll.class);
    }

    @Test
    @DisplayName("rejects an unknown name, listing the known ones")
    void unknown() {
        assertThatThrownBy(() -> ToyDistributions.byName("rin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown toy dataset 'rin'; known: " + "ring, grid, 8gaussians, 25gaussians, swissroll");
    }

    @Test
    @DisplayName("is case-sensitive")
    void caseSensitive() {
        assertThatThrownBy(() -> ToyDistributions.byName("Ring"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown toy dataset 'Ring'");
    }
}
