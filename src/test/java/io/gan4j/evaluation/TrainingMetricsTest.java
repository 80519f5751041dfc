package io.gan4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.config.ConfigException;
import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.TorchTest;
import io.gan4j.training.MetricsFile;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.StepLog;
import io.gan4j.training.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Metrics during training")
class TrainingMetricsTest extends TorchTest {

    static final Path SHARED = Path.of("../shared/datasets").toAbsolutePath();

    /**
     * dcgan-mnist at width 8 and batch 16 on the shared MNIST, metrics on 200 samples every 2 steps, with
     * {@code more}.
     */
    static RunConfig narrowDcgan(String... more) {
        List<String> o = new java.util.ArrayList<>(List.of(
                "data.root='" + SHARED + "'",
                "data.download=false",
                "data.batch_size=16",
                "log.every=2",
                "log.metrics_every=2",
                "log.metrics_samples=200",
                "log.grid_rows=2",
                "model.generator.width=8",
                "model.discriminator.width=8"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml(Presets.yaml("dcgan-mnist"), "dcgan-mnist", o);
    }

    @Test
    @DisplayName("log.metrics puts FID, IS and precision/recall into metrics.jsonl every metrics_every steps and draws "
            + "their curves")
    void intoTheMetricsFile(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED + "/mnist not found: skipping");
        RunConfig c = narrowDcgan("train.steps=4", "log.metrics='fid,is,pr'");
        RunDirectory run = RunDirectory.create(dir.resolve("run"), "r");
        TrainingRun.train(ValidConfig.of(c), run, null, false);
        List<StepLog> logs = MetricsFile.read(run.file("metrics.jsonl"));
        assertThat(logs).extracting(StepLog::step).containsExactly(2, 4);
        for (StepLog l : logs) {
            assertThat(l.get("fid")).isPositive();
            assertThat(l.get("is")).isBetween(1.0, 10.0);
            assertThat(l.get("precision")).isBetween(0.0, 1.0);
            assertThat(l.get("recall")).isBetween(0.0, 1.0);
        }
        assertThat(run.file("fid.png")).isRegularFile();
        assertThat(run.file("inception-score.png")).isRegularFile();
    }

    @Test
    @DisplayName(
            "log.metrics=class-agreement logs the share of samples labelled as asked and draws the confusion matrix")
    void classAgreement(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED + "/mnist not found: skipping");
        RunConfig c = narrowDcgan("train.steps=2", "log.metrics=class-agreement", "model.classes=10");
        RunDirectory run = RunDirectory.create(dir.resolve("run"), "r");
        TrainingRun.train(ValidConfig.of(c), run, null, false);
        List<StepLog> logs = MetricsFile.read(run.file("metrics.jsonl"));
        assertThat(logs).extracting(StepLog::step).containsExactly(2);
        // 200 samples, 20 per class: the share is a multiple of 1/200
        double agreement = logs.get(0).get("class_agreement");
        assertThat(agreement).isBetween(0.0, 1.0);
        assertThat(agreement * 200).isCloseTo(Math.rint(agreement * 200), Assertions.within(1e-9));
        assertThat(run.file("class-agreement.png")).isRegularFile();
    }

    @Test
    @DisplayName("is refused on toy runs, for an unknown metric, for modes on images that are not 3×28×28 and class "
            + "agreement "
            + "of an unconditional run")
    void refusals() {
        Assertions.assertThatThrownBy(() -> ConfigReader.read("gan-ns-ring", List.of("log.metrics=fid")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("log.metrics: toy runs measure modes");
        Assertions.assertThatThrownBy(() -> ConfigReader.read("dcgan-mnist", List.of("log.metrics='fid,fad'")))
                .hasMessageContaining("log.metrics: unknown value 'fad'");
        Assertions.assertThatThrownBy(() -> ConfigReader.read("dcgan-mnist", List.of("log.metrics=modes")))
                .hasMessageContaining(
                        "log.metrics: modes counts stacked-MNIST modes: it needs 3×28×28 images, found 1×28×28");
        Assertions.assertThatThrownBy(() -> ConfigReader.read("dcgan-mnist", List.of("log.metrics=class-agreement")))
                .hasMessageContaining(
                        "log.metrics: class-agreement measures a class-conditional generator: set model.classes");
    }
}
