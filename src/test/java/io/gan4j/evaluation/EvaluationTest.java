package io.gan4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.DataConfig;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.torch.TorchTest;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.SavedGenerator;
import io.gan4j.training.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> metrics(Map<String, Object> result) {
        return (Map<String, Object>) result.get("metrics");
    }

    @SuppressWarnings("unchecked")
    static double mean(Map<String, Object> metrics, String key) {
        return ((Number) ((Map<String, Object>) metrics.get(key)).get("mean")).doubleValue();
    }

    @Test
    @DisplayName("the test split against itself (all 10,000, in another order): FID 0")
    void aSplitAgainstItself() {
        // (KID is not 0 here: its subsets of the same 10,000 share images, whose k(x, x) the cross term counts.
        // Precision = recall = 1 on one set twice is NeighbourMetricsTest's; its 10,000² distances took 13 s here)
        Map<String, Object> r = Evaluation.ofDatasets(
                mnist("mnist", "test"), mnist("mnist", "test"), options(EnumSet.of(Metric.FID), 10_000));
        Map<String, Object> m = metrics(r);
        assertThat(((Number) m.get("fid")).doubleValue()).isCloseTo(0, within(1e-6));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) r.get("protocol");
        assertThat(p)
                .containsEntry("extractor", "mnist-cnn")
                .containsEntry("n_reference", 10_000)
                .containsKey("extractor_sha256");
    }

    @Test
    @DisplayName(
            "real test images have an Inception Score (shipped classifier) near the literature's 9.9; train vs test "
                    + "FID is small")
    void realDataFloor() {
        Map<String, Object> m = metrics(Evaluation.ofDatasets(
                mnist("mnist", "train"), mnist("mnist", "test"), options(EnumSet.of(Metric.FID, Metric.IS), 10_000)));
        assertThat(mean(m, "is")).isBetween(9.5, 10.0);
        assertThat(((Number) m.get("fid")).doubleValue()).isPositive().isLessThan(5);
    }

    @Test
    @DisplayName("real stacked MNIST (10,000 stacks of the test digits) covers nearly all 1000 modes with KL 0.055 ± "
            + "0.01: the "
            + "finite-sample (K − 1)/2N = 0.050 plus 3·KL(test digit frequencies ‖ uniform) = 0.005 (the "
            + "README's 26,000-sample "
            + "figure comes from gan4j evaluate)")
    void stackedMnistModes() {
        Map<String, Object> m = metrics(Evaluation.ofDatasets(
                mnist("stacked-mnist", "train"),
                mnist("stacked-mnist", "test"),
                options(EnumSet.of(Metric.MODES), 10_000)));
        @SuppressWarnings("unchecked")
        Map<String, Object> modes = (Map<String, Object>) m.get("modes");
        assertThat((Integer) modes.get("covered")).isGreaterThanOrEqualTo(995);
        assertThat(((Number) modes.get("kl")).doubleValue()).isCloseTo(0.055, within(0.01));
        assertThat(modes.get("samples")).isEqualTo(10_000);
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
        TrainingRun.train(c, run, null, false);
        Map<String, Object> r = Evaluation.ofGenerator(
                SavedGenerator.load(run.path(), false),
                mnist("mnist", "test"),
                options(EnumSet.of(Metric.FID, Metric.PR, Metric.IS), 1000));
        Map<String, Object> m = metrics(r);
        assertThat(((Number) m.get("fid")).doubleValue()).isGreaterThan(20);
        assertThat(((Number) m.get("precision")).doubleValue()).isLessThan(0.2);
        assertThat(r.get("compared").toString()).contains("generator.safetensors");
    }
}
