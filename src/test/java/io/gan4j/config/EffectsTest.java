package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A key that the chosen model or data would ignore")
class EffectsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "model.generator.attention=8 | gan-ns-ring | model.generator.attention: has no effect on toy data's "
                        + "fully connected "
                        + "networks (self-attention needs feature maps): remove it, found 8",
                "data.image_size=28 | gan-ns-ring | data.image_size: has no effect: toy data (ring) are points, not "
                        + "images: remove it, "
                        + "found 28",
                "data.path=/tmp/x | wgan-gp-ring | data.path: has no effect: toy data (ring) are drawn, not read "
                        + "from files: remove it, "
                        + "found '/tmp/x'",
                "model.generator.depth=5 | dcgan-mnist | model.generator.depth: has no effect on the dcgan network, "
                        + "whose depth follows "
                        + "the image size: remove it, found 5",
                "optimisers.generator.momentum=0.9 | dcgan-mnist | optimisers.generator.momentum: has no effect on "
                        + "adam (use beta1): "
                        + "remove it, found 0.9",
                "optimisers.discriminator.alpha=0.9 | dcgan-mnist | optimisers.discriminator.alpha: has no effect "
                        + "on adam (it is "
                        + "RMSProp's smoothing constant): remove it, found 0.9"
            })
    @DisplayName("is an error naming it")
    void refused(String override, String preset, String expected) {
        List<String> v = catchThrowableOfType(
                        ConfigException.class,
                        () -> ConfigReader.fromYaml(Presets.yaml(preset), preset, List.of(override)))
                .violations();
        assertThat(v).containsExactly(expected);
    }

    @Test
    @DisplayName("at its default is not: every preset's written config.yaml reads back")
    void defaultsReadBack() {
        for (String p : Presets.names()) {
            RunConfig c = Presets.config(p).withResolvedModel();
            assertThat(ConfigReader.fromYaml(ConfigWriter.toYaml(c), p, List.of()))
                    .as(p)
                    .isEqualTo(c);
        }
    }
}
