package io.gan4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.DataConfig;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.TorchTest;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.SavedGenerator;
import io.gan4j.training.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Evaluating on the shared MNIST")
class EvaluationTest extends TorchTest {

    static final Path SHARED = Path.of("../shared/datasets").toAbsolutePath();

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsMnist() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED + "/mnist not found: skipping");
    }

    static DataConfig mnist(String dataset, String split) {
        DataConfig d = DataConfig.defaults();
        return new DataConfig(dataset, 64, SHARED.toString(), split, 0, 0, false, null, null, 2);
    }

    static Evaluation.Options options(EnumSet<Metric> metrics, int n) {
        return new Evaluation.Options(
                metrics, n, 0, 500, "auto", null, null, new FeatureCache(dir.resolve("cache")), null, false);
    }

    @Test
    @DisplayName("the test split against itself (all 10,000, in another order): FID 0")
    void aSplitAgainstItself() {
        // (KID is not 0 here: its subsets of the same 10,000 share images, whose k(x, x) the cross term counts.
        // Precision = recall = 1 on one set twice is NeighbourMetricsTest's; its 10,000² distances took 13 s here)
        EvaluationResult r = Evaluation.ofDatasets(
                mnist("mnist", "test"), mnist("mnist", "test"), options(EnumSet.of(Metric.FID), 10_000));
        assertThat(r.metrics().distribution().fid()).isCloseTo(0, within(1e-6));
        assertThat(r.metrics().distribution().kid()).as("not asked").isNull();
        assertThat(r.protocol().extractor()).isEqualTo("mnist-cnn");
        assertThat(r.protocol().nReference()).isEqualTo(10_000);
        assertThat(r.protocol().extractorSha256()).hasSize(64);
    }

    @Test
    @DisplayName(
            "real test images have an Inception Score (shipped classifier) near the literature's 9.9; train vs test "
                    + "FID is small")
    void realDataFloor() {
        DistributionFigures m = Evaluation.ofDatasets(
                        mnist("mnist", "train"),
                        mnist("mnist", "test"),
                        options(EnumSet.of(Metric.FID, Metric.IS), 10_000))
                .metrics()
                .distribution();
        assertThat(m.inceptionScore().mean()).isBetween(9.5, 10.0);
        assertThat(m.fid()).isPositive().isLessThan(5);
    }

    @Test
    @DisplayName("real stacked MNIST (10,000 stacks of the test digits) covers nearly all 1000 modes with KL 0.055 ± "
            + "0.01: the "
            + "finite-sample (K − 1)/2N = 0.050 plus 3·KL(test digit frequencies ‖ uniform) = 0.005 (the "
            + "docs/evaluation.md's 26,000-sample "
            + "figure comes from gan4j evaluate)")
    void stackedMnistModes() {
        EvaluationResult.Modes modes = Evaluation.ofDatasets(
                        mnist("stacked-mnist", "train"),
                        mnist("stacked-mnist", "test"),
                        options(EnumSet.of(Metric.MODES), 10_000))
                .metrics()
                .modes();
        assertThat(modes.covered()).isGreaterThanOrEqualTo(995);
        assertThat(modes.kl()).isCloseTo(0.055, within(0.01));
        assertThat(modes.samples()).isEqualTo(10_000);
    }

    @Test
    @DisplayName("a 3-step DCGAN is far from MNIST: FID far above the train-vs-test floor, precision near 0")
    void anUntrainedGenerator() {
        RunConfig c = ConfigReader.fromYaml(
                Presets.yaml("dcgan-mnist"),
                "dcgan-mnist",
                List.of(
                        "data.root='" + SHARED + "'",
                        "data.download=false",
                        "data.batch_size=16",
                        "train.steps=3",
                        "log.report=false",
                        "model.generator.width=8",
                        "model.discriminator.width=8"));
        RunDirectory run = RunDirectory.create(dir.resolve("run"), "r");
        TrainingRun.train(ValidConfig.of(c), run, null, false);
        EvaluationResult r = Evaluation.ofGenerator(
                SavedGenerator.load(run.path(), false),
                mnist("mnist", "test"),
                options(EnumSet.of(Metric.FID, Metric.PR, Metric.IS), 1000));
        assertThat(r.metrics().distribution().fid()).isGreaterThan(20);
        assertThat(r.metrics().distribution().precision()).isLessThan(0.2);
        assertThat(r.compared()).contains("generator.safetensors");
    }
}
