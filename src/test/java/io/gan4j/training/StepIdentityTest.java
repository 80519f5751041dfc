package io.gan4j.training;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.TorchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variants no preset covers train bit-identically to before the step's refactor (the presets are
 * checked by {@link ToyRunTest} and {@link ImagePresetsTest}; see {@link GoldenWeights}).
 */
@DisplayName("The training step, on variants no preset covers, trains as it did before its refactor")
class StepIdentityTest extends TorchTest {

    @Test
    @DisplayName("the weight average of G (train.ema) on the ring")
    void ema(@TempDir Path dir) {
        RunDirectory run = RunDirectory.create(dir.resolve("run"), "ema");
        TrainingRun.train(
                ValidConfig.of(ToyRunTest.shortened(
                        "gan-ns-ring", 20, "train.ema=0.9", GoldenWeights.THREADS[0], GoldenWeights.THREADS[1])),
                run,
                null,
                false);
        GoldenWeights.check("gan-ns-ring+ema", run);
    }

    @Test
    @DisplayName("class-conditional DCGAN on MNIST (batch 8, 2 steps)")
    void conditionalDcgan(@TempDir Path dir) {
        Path shared = Path.of("../shared/datasets").toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("mnist")), shared + "/mnist not found: skipping");
        RunDirectory run = RunDirectory.create(dir.resolve("run"), "conditional");
        TrainingRun.train(
                ValidConfig.of(ConfigReader.fromYaml(
                        Presets.yaml("dcgan-mnist"),
                        "dcgan-mnist",
                        List.of(
                                "data.root='" + shared + "'",
                                "data.batch_size=8",
                                "train.steps=2",
                                "model.classes=10",
                                "log.report=false",
                                GoldenWeights.THREADS[0],
                                GoldenWeights.THREADS[1]))),
                run,
                null,
                false);
        GoldenWeights.check("dcgan-mnist+classes", run);
    }
}
