package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("--set finds the type of the config component it sets")
class OverridesTest {

    private static Class<?> typeAt(String path) {
        String[] keys = path.split("\\.");
        return Overrides.typeAt(keys, keys.length - 1);
    }

    @Test
    @DisplayName("a key path names its component's type; one that leaves the records or is unknown names none")
    void typeAt() {
        assertThat(typeAt("objective")).isEqualTo(ObjectiveConfig.class);
        assertThat(typeAt("train.steps")).isEqualTo(int.class);
        assertThat(typeAt("model.generator")).isEqualTo(GeneratorConfig.class);
        assertThat(typeAt("model.discriminator.architecture")).isEqualTo(String.class);
        assertThat(typeAt("model.discriminator.width.x")).isNull();
        assertThat(typeAt("train.no_such_key")).isNull();
    }
}
