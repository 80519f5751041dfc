package io.gan4j.torch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Thread settings")
class ThreadSettingsTest {

    @Test
    @DisplayName("give BLAS the cores other work leaves free, at least one")
    void freeCores() {
        assertThat(ThreadSettings.freeCores(2, 0.7))
                .as("JVM start-up noise is not a busy core")
                .isEqualTo(2);
        assertThat(ThreadSettings.freeCores(2, 0.8)).isEqualTo(1);
        assertThat(ThreadSettings.freeCores(2, 1.7)).isEqualTo(1);
        assertThat(ThreadSettings.freeCores(2, 5.3)).isEqualTo(1);
        assertThat(ThreadSettings.freeCores(16, 3.4)).isEqualTo(13);
        assertThat(ThreadSettings.freeCores(2, -1))
                .as("no /proc/stat on this system")
                .isEqualTo(2);
        assertThat(ThreadSettings.freeCores(2, Double.NaN)).isEqualTo(2);
    }

    @Test
    @DisplayName("measure the busy cores of this machine between 0 and its core count")
    void busyCores() {
        assertThat(ThreadSettings.busyCores())
                .isBetween(0.0, (double) Runtime.getRuntime().availableProcessors());
    }

    @Test
    @DisplayName("--threads N: one intra-op thread, N for BLAS")
    void total() {
        assertThat(ThreadSettings.total(3)).isEqualTo(new ThreadSettings(1, 3));
        assertThatThrownBy(() -> new ThreadSettings(1, 0)).hasMessage("BLAS threads must be at least 1, found 0");
    }
}
