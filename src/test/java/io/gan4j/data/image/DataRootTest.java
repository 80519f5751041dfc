package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DataRoot")
class DataRootTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    @DisplayName("prefers the configured root")
    void configured() {
        assertThat(DataRoot.resolve("/data", Map.of("GAN4J_DATA", "/env")::get, HOME))
                .isEqualTo(Path.of("/data"));
        assertThat(DataRoot.resolve("~/sets", Map.<String, String>of()::get, HOME))
                .isEqualTo(Path.of("/home/ada/sets"));
    }

    @Test
    @DisplayName("then GAN4J_DATA")
    void environment() {
        assertThat(DataRoot.resolve("  ", Map.of("GAN4J_DATA", "/env")::get, HOME))
                .isEqualTo(Path.of("/env"));
        assertThat(DataRoot.resolve(null, Map.of("GAN4J_DATA", "/env")::get, HOME))
                .isEqualTo(Path.of("/env"));
    }

    @Test
    @DisplayName("then ~/.cache/gan4j/datasets")
    void fallback() {
        assertThat(DataRoot.resolve(null, Map.of("GAN4J_DATA", "")::get, HOME))
                .isEqualTo(Path.of("/home/ada/.cache/gan4j/datasets"));
        assertThat(DataRoot.resolve("", Map.<String, String>of()::get, HOME))
                .isEqualTo(Path.of("/home/ada/.cache/gan4j/datasets"));
    }
}
