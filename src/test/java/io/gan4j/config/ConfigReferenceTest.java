package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/config-reference.md")
class ConfigReferenceTest {

    private static final Path PAGE = Path.of("docs/config-reference.md");

    @Test
    @DisplayName("is what the config records generate (-Dgan4j.docs.write=true rewrites it)")
    void pageMatchesTheCode() throws IOException {
        String generated = ConfigReference.markdown();
        if (Boolean.getBoolean("gan4j.docs.write")) {
            Files.writeString(PAGE, generated);
        }
        assertThat(Files.readString(PAGE))
                .as("docs/config-reference.md is out of date: mvn test -Dtest=ConfigReferenceTest "
                        + "-Dgan4j.docs.write=true rewrites it")
                .isEqualTo(generated);
    }

    @Test
    @DisplayName("every component of every section has its meaning in its record's Javadoc")
    void everyKeyIsDocumented() {
        for (Class<?> type : new Class<?>[] {
            RunConfig.class,
            DataConfig.class,
            ModelConfig.class,
            GeneratorConfig.class,
            DiscriminatorConfig.class,
            TrainConfig.class,
            LogConfig.class,
            OptimiserConfig.class,
            ThreadsConfig.class,
            InfoganConfig.class
        }) {
            var params = ConfigReference.params(type);
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(params).as(type.getSimpleName() + "." + c.getName()).containsKey(c.getName());
            }
        }
    }
}
