package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.TorchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A toy training run")
class ToyRunTest extends TorchTest {

    /** A preset shortened for tests: few steps, small evaluations. */
    static RunConfig shortened(String preset, int steps, String... more) {
        List<String> overrides = new ArrayList<>(List.of(
                "train.steps=" + steps,
                "log.every=5",
                "log.eval_every=10",
                "log.snapshots=1",
                "log.eval_samples=200",
                "log.w1_samples=100"));
        overrides.addAll(List.of(more));
        return ConfigReader.fromYaml(Presets.yaml(preset), preset, overrides);
    }

    static Stream<String> presets() {
        return Presets.names().stream().filter(p -> !Presets.config(p).data().hasImages());
    }

    @ParameterizedTest
    @MethodSource("presets")
    @DisplayName("of every toy preset survives a short smoke run and writes the whole run directory")
    void everyPresetRuns(String preset, @TempDir Path dir) throws Exception {
        RunDirectory run = RunDirectory.create(dir.resolve("run"), preset);
        Map<String, Object> summary = Json.fields(
                TrainingRun.train(ValidConfig.of(shortened(preset, 20, GoldenWeights.THREADS)), run, null, false));
        assertThat(summary)
                .containsKeys(
                        "modes_captured", "modes_total", "hq_fraction", "reverse_kl", "w1", "steps", "wall_seconds");
        assertThat(summary.get("steps")).isEqualTo(20);
        assertThat((Double) summary.get("w1")).isFinite().isPositive();
        for (String f : List.of(
                "config.yaml",
                "metrics.jsonl",
                "summary.json",
                "report.html",
                "samples-000000.png",
                "samples-000020.png",
                "losses.png",
                "generator.safetensors",
                "discriminator.safetensors")) {
            assertThat(run.file(f)).isRegularFile();
        }
        assertThat(Files.readAllLines(run.file("metrics.jsonl"))).hasSize(4);
        JsonNode last = Json.mapper()
                .readTree(Files.readAllLines(run.file("metrics.jsonl")).get(3));
        assertThat(last.get("step").asInt()).isEqualTo(20);
        assertThat(last.has("w1")).isTrue();
        RunConfig reread = ConfigReader.read(run.file("config.yaml").toString(), List.of());
        assertThat(reread.train().steps()).isEqualTo(20);
        assertThat(reread.threads().intraOp()).isPositive();
        GoldenWeights.check(preset, run);
    }

    @Test
    @DisplayName("with the same seed and threads writes an identical metrics.jsonl; another seed does not")
    void seededRunsAreIdentical(@TempDir Path dir) throws Exception {
        String[] metrics = new String[3];
        long[] seeds = {7, 7, 8};
        for (int i = 0; i < 3; i++) {
            RunDirectory run = RunDirectory.create(dir.resolve("r" + i), "r");
            TrainingRun.train(
                    ValidConfig.of(shortened("wgan-gp-ring", 30, "seed=" + seeds[i], "log.snapshots=0")),
                    run,
                    null,
                    false);
            metrics[i] = Files.readString(run.file("metrics.jsonl"));
        }
        assertThat(metrics[0]).isNotEmpty().isEqualTo(metrics[1]);
        assertThat(metrics[2]).isNotEqualTo(metrics[0]);
    }
}
