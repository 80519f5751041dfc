package io.gan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.config.ConfigException;
import io.gan4j.config.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Java API's Training")
class TrainingTest {

    /** The demo (the ring, non-saturating GAN), 40 steps logged every 10, one thread. */
    private static Training demo(Path dir) {
        return Training.preset("demo")
                .set("train.steps", 40)
                .set("log", "{every: 10, eval_every: 20, snapshots: 0, report: false}")
                .set("threads", "{intra_op: 1, blas: 1}")
                .into(dir);
    }

    @Test
    @DisplayName("trains into the run directory and shows the observer every logged step with its losses")
    void observesTheLoggedSteps(@TempDir Path tmp) {
        List<TrainingProgress> seen = new ArrayList<>();
        int[] finished = {-1};
        TrainingResult r = demo(tmp.resolve("run"))
                .observer(new TrainingObserver() {
                    @Override
                    public void onStep(TrainingProgress p) {
                        seen.add(p);
                    }

                    @Override
                    public void onFinished(int steps) {
                        finished[0] = steps;
                    }
                })
                .run();
        assertThat(seen).extracting(TrainingProgress::step).containsExactly(10, 20, 30, 40);
        assertThat(seen).allSatisfy(p -> {
            assertThat(p.totalSteps()).isEqualTo(40);
            assertThat(p.discriminatorLoss()).isFinite().isPositive();
            assertThat(p.generatorLoss()).isFinite().isPositive();
        });
        // the W1 to the data is measured at eval_every
        assertThat(seen.get(1).figures()).containsKey("w1");
        assertThat(finished[0]).isEqualTo(40);
        assertThat(r.directory()).isEqualTo(tmp.resolve("run"));
        assertThat(r.summary().steps()).isEqualTo(40);
        assertThat(r.directory().resolve("summary.json")).isNotEmptyFile();
        assertThat(r.directory().resolve("generator.safetensors")).isNotEmptyFile();
    }

    @Test
    @DisplayName("an observer's requestStop ends training after that step, with a checkpoint of it")
    void stopsOnRequest(@TempDir Path tmp) {
        Training[] training = {null};
        training[0] = demo(tmp.resolve("run")).observer(p -> {
            if (p.step() == 20) {
                training[0].requestStop();
            }
        });
        TrainingResult r = training[0].run();
        assertThat(r.summary().stoppedAt()).isEqualTo(20);
        assertThat(r.directory().resolve("checkpoints/step-00000020.safetensors"))
                .isNotEmptyFile();
    }

    @Test
    @DisplayName("a config made in code is validated and resolved as its YAML is")
    void inCode() {
        assertThat(Training.of(Presets.config("wgan-gp-ring")).set("seed", 3).config())
                .isEqualTo(Training.preset("wgan-gp-ring").set("seed", 3).config());
    }

    @Test
    @DisplayName("every problem of the config in one ConfigException, naming keys and values; nothing written")
    void invalidConfig(@TempDir Path tmp) {
        Path dir = tmp.resolve("run");
        assertThatThrownBy(() -> Training.preset("demo")
                        .set("train.steps", 0)
                        .set("data.batch_size", -1)
                        .into(dir)
                        .run())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("train.steps")
                .hasMessageContaining("data.batch_size")
                .hasMessageContaining("-1");
        assertThat(Files.exists(dir)).isFalse();
        assertThatThrownBy(() -> Training.preset("no-such-preset").config())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no-such-preset");
    }
}
