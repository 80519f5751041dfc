package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.Refused;
import io.gan4j.step.StepTerms;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Regularisers a user's jar registers through ServiceLoader")
class RegisteredRegularisersTest {

    /** A regulariser as a user's jar would write it: a record, its defaults also its no-argument constructor. */
    public record Mine(double weight, String name) implements RegulariserConfig {
        public Mine() {
            this(1.0, "my_penalty");
        }

        public static Mine defaults() {
            return new Mine();
        }

        @Override
        public String configName() {
            return name;
        }

        @Override
        public void validate(Violations v, String path) {
            v.positive(path + ".weight", weight);
        }

        @Override
        public void addTo(StepTerms terms) {}
    }

    @Test
    @DisplayName("follow gan4j's own in the registry, so a config file lists them after those")
    void followTheBuiltIns() {
        List<RegulariserConfig> all = RegularisersConfig.withRegistered(List.of(new Mine()));
        assertThat(all)
                .extracting(RegulariserConfig::configName)
                .containsExactly("gradient_penalty", "weight_clipping", "pulling_away", "my_penalty");
    }

    @Test
    @DisplayName("a config name already taken is refused, naming both classes")
    void clashesAreRefused() {
        assertThatThrownBy(() -> RegularisersConfig.withRegistered(List.of(new Mine(1.0, "weight_clipping"))))
                .isInstanceOf(Refused.class)
                .hasMessage("two regularisers are named 'weight_clipping': " + WeightClippingConfig.class.getName()
                        + " and " + Mine.class.getName()
                        + " (registered in META-INF/services/io.gan4j.config.RegulariserConfig)");
    }
}
