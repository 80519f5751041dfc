package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML that Jackson would read without a word, but not as the user meant: each is an error naming the key or line. */
@DisplayName("Strict YAML")
class StrictYamlTest {

    private static List<String> violations(String yaml, String... overrides) {
        return catchThrowableOfType(
                        ConfigException.class, () -> ConfigReader.fromYaml(yaml, "'t.yaml'", List.of(overrides)))
                .violations();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "seed: 1\\nseed: 2 | duplicate key 'seed' at line 2, column 5: YAML would keep only the last value; "
                        + "write each key once",
                "train: {steps: 5, steps: 6} | duplicate key 'steps' at line 1, column 24: YAML would keep only the "
                        + "last value; write each key once",
                "seed: 1\\n---\\nseed: 2 | a second YAML document starts at line 3: a config is one document "
                        + "(remove the '---' between them)",
                "---\\n---\\n- ] | a second YAML document starts at line 3: a config is one document (remove the "
                        + "'---' between them)",
                "seed: &s 5\\nname: x | YAML anchor &s at line 1: gan4j configs take no anchors or aliases; write "
                        + "the value out",
                "optimisers: {generator: {lr: .nan}} | optimisers.generator.lr: must be a finite number, found .nan",
                "optimisers: {generator: {lr: -.inf}} | optimisers.generator.lr: must be a finite number, found -.inf",
                "optimisers: {generator: {lr: .Inf}} | optimisers.generator.lr: must be a finite number, found .Inf",
                "optimisers: {generator: {lr: 'Infinity'}} | optimisers.generator.lr: must be a finite number, "
                        + "found 'Infinity'",
                "seed: 1e20 | seed: integer out of range, found 1.0E20",
                "seed: 99999999999999999999 | seed: integer out of range, found 99999999999999999999",
                "train: {steps: 3000000000} | train.steps: integer out of range, found 3000000000"
            })
    @DisplayName("refuses")
    void refuses(String yaml, String expected) {
        assertThat(violations(yaml.replace("\\n", "\n"))).containsExactly(expected);
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                ". = 1 | --set .=1: expected a key path of lower-case words joined by '.', such as train.steps, "
                        + "found '.'",
                "train..steps = 1 | --set train..steps=1: expected a key path of lower-case words joined by '.', "
                        + "such as train.steps, found 'train..steps'",
                "seed = .nan | seed: in the value '.nan' of --set: must be a finite number, found .nan",
                "seed = *x | seed: in the value '*x' of --set: YAML alias *x at line 1: gan4j configs take no "
                        + "anchors or aliases; write the value out"
            })
    @DisplayName("refuses in an override")
    void refusesOverrides(String override, String expected) {
        assertThat(violations("name: t", override.replace(" = ", "="))).containsExactly(expected);
    }
}
