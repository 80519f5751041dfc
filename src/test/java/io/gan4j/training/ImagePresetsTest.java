package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.reports.AttentionMaps;
import io.gan4j.torch.TorchTest;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every image preset, as shipped but with batch 8 (and InfoGAN's end-of-run accuracies on 20
 * images), trains for 2 steps and writes its run directory.
 * MNIST presets read the shared MNIST ({@code ../shared/datasets}) and are skipped without it;
 * CIFAR-10 and STL-10 presets read sparse files of the real sizes and layouts (all-zero images:
 * enough to exercise the readers, the networks at 32×32 and 48×48, and the steps).
 */
@DisplayName("Every image preset")
class ImagePresetsTest extends TorchTest {

    static final Path SHARED = Path.of("../shared/datasets");

    @TempDir
    static Path fixtures;

    @BeforeAll
    static void sparseDatasets() throws IOException {
        Path cifar = Files.createDirectories(fixtures.resolve("cifar10/cifar-10-batches-bin"));
        for (String f :
                List.of("data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4", "data_batch_5", "test_batch")) {
            sparse(cifar.resolve(f + ".bin"), 10_000L * 3073);
        }
        Path stl = Files.createDirectories(fixtures.resolve("stl10/stl10_binary"));
        sparse(stl.resolve("unlabeled_X.bin"), 100_000L * 3 * 96 * 96);
        sparse(stl.resolve("train_X.bin"), 5_000L * 3 * 96 * 96);
        sparse(stl.resolve("test_X.bin"), 8_000L * 3 * 96 * 96);
        byte[] labels = new byte[5_000];
        java.util.Arrays.fill(labels, (byte) 1);
        Files.write(stl.resolve("train_y.bin"), labels);
        byte[] test = new byte[8_000];
        java.util.Arrays.fill(test, (byte) 3);
        Files.write(stl.resolve("test_y.bin"), test);
    }

    private static void sparse(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    static Stream<String> imagePresets() {
        return Presets.names().stream().filter(p -> Presets.config(p).data().hasImages());
    }

    @ParameterizedTest
    @MethodSource("imagePresets")
    @DisplayName("runs 2 steps (batch 8) and writes grids, checkpoints, weights and the report")
    void runs(String preset, @TempDir Path dir) {
        RunConfig base = Presets.config(preset);
        boolean mnist = base.data().dataset().contains("mnist");
        if (mnist) {
            Assumptions.assumeTrue(
                    Files.isDirectory(SHARED.resolve("mnist")),
                    SHARED.toAbsolutePath() + "/mnist not found: skipping the MNIST preset " + preset);
        }
        Path root = mnist ? SHARED : fixtures;
        List<String> overrides = new java.util.ArrayList<>(List.of(
                "data.root='" + root.toAbsolutePath() + "'",
                "data.download=false",
                "data.batch_size=8",
                "train.steps=2",
                "log.every=1",
                "log.grid_rows=2",
                "train.wgan_schedule=false"));
        overrides.addAll(List.of(GoldenWeights.THREADS));
        if (base.infogan() != null) {
            overrides.add("infogan.accuracy_samples=20");
        }
        RunConfig c = ConfigReader.fromYaml(Presets.yaml(preset), preset, overrides);
        RunDirectory run = RunDirectory.create(dir.resolve("run"), preset);
        Map<String, Object> summary = Json.fields(TrainingRun.train(ValidConfig.of(c), run, null, false));
        assertThat(summary.get("steps")).isEqualTo(2);
        assertThat((Double) summary.get("d_loss")).isFinite();
        assertThat((Double) summary.get("g_loss")).isFinite();
        for (String f : List.of(
                "config.yaml",
                "metrics.jsonl",
                "summary.json",
                "report.html",
                "grid-000000.png",
                "grid-000002.png",
                "interpolation.png",
                "losses.png",
                "generator.safetensors",
                "discriminator.safetensors",
                "checkpoints/step-00000002.safetensors")) {
            assertThat(run.file(f)).as(f).isRegularFile();
        }
        assertThat(summary.get("image_shape")).isEqualTo(c.data().imageShape().toString());
        if (c.model().generator().attention() > 0) {
            assertThat(run.file(AttentionMaps.FILE)).isRegularFile();
            assertThat(run.file("report.html")).content().contains("Self-attention in the generator");
        }
        GoldenWeights.check(preset, run);
    }
}
