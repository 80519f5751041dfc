package io.gan4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.config.ConfigException;
import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Did you mean …?")
class DidYouMeanTest {

    private static final List<String> OBJECTIVES = List.of("minimax", "non-saturating", "wasserstein", "hinge");

    @Test
    @DisplayName("a slip — a letter wrong, missing, extra or two swapped, or case — finds the name")
    void slips() {
        assertThat(DidYouMean.nearest("wasserstien", OBJECTIVES)).contains("wasserstein");
        assertThat(DidYouMean.nearest("minmax", OBJECTIVES)).contains("minimax");
        assertThat(DidYouMean.nearest("Hinge", OBJECTIVES)).contains("hinge");
        assertThat(DidYouMean.nearest("stpes", List.of("steps", "n_critic"))).contains("steps");
        assertThat(DidYouMean.nearest("fd", List.of("fid", "kid", "is"))).contains("fid");
    }

    @Test
    @DisplayName("the same words in another order find the name; a distant or exact name suggests nothing")
    void wordsAndDistance() {
        assertThat(DidYouMean.nearest("ring-wgan-gp", Presets.names())).contains("wgan-gp-ring");
        assertThat(DidYouMean.nearest("least-squares", OBJECTIVES)).isEmpty();
        assertThat(DidYouMean.nearest("xy", List.of("is", "pr"))).isEmpty();
        assertThat(DidYouMean.nearest("hinge", OBJECTIVES)).isEmpty();
        assertThat(DidYouMean.hint("", OBJECTIVES)).isEmpty();
    }

    @Test
    @DisplayName("a config's misspelt value, key and preset each get the suggestion in their message")
    void inConfigMessages() {
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class,
                () -> ConfigReader.fromYaml(
                        Presets.yaml("demo"),
                        "demo",
                        List.of("objective=wasserstien", "train.stpes=3", "data.dataset=rng")));
        assertThat(e.violations())
                .contains(
                        "objective: unknown value 'wasserstien'; did you mean 'wasserstein'? known: combined-kl, "
                                + "ebgan-margin, hinge, least-squares, minimax, non-saturating, wasserstein",
                        "train.stpes: unknown key; did you mean 'steps'? known keys of train: steps, n_critic, "
                                + "wgan_schedule, ema, checkpoint_every, keep_checkpoints, nan_patience")
                .anySatisfy(p -> assertThat(p).startsWith("data.dataset: unknown value 'rng'; did you mean 'ring'?"));
        ConfigException preset = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class, () -> ConfigReader.read("ring-wgan-gp", List.of()));
        assertThat(preset.getMessage()).contains("did you mean 'wgan-gp-ring'?");
    }
}
