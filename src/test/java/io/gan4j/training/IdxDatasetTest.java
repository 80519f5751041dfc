package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gan4j.config.ConfigException;
import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.networks.ImageShape;
import io.gan4j.torch.TorchTest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("dataset: idx (any IDX pair)")
class IdxDatasetTest extends TorchTest {

    static Path[] pair(Path dir, int n, int rows, int cols) throws Exception {
        ByteBuffer images = ByteBuffer.allocate(16 + n * rows * cols)
                .putInt(0x00000803)
                .putInt(n)
                .putInt(rows)
                .putInt(cols);
        for (int i = 0; i < n * rows * cols; i++) {
            images.put((byte) (i * 7));
        }
        ByteBuffer labels = ByteBuffer.allocate(8 + n).putInt(0x00000801).putInt(n);
        for (int i = 0; i < n; i++) {
            labels.put((byte) (i % 10));
        }
        Path im = dir.resolve("my-images-idx3-ubyte.gz");
        Path lb = dir.resolve("my-labels-idx1-ubyte");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(images.array());
        }
        Files.write(im, gz.toByteArray());
        Files.write(lb, labels.array());
        return new Path[] {im, lb};
    }

    @Test
    @DisplayName("takes its shape from the images file and trains a DCGAN on it")
    void trains(@TempDir Path dir) throws Exception {
        Path[] files = pair(dir, 24, 28, 28);
        RunConfig c = ConfigReader.fromYaml(
                Presets.yaml("dcgan-mnist"),
                "dcgan-mnist",
                List.of(
                        "data={dataset: idx, path: '" + files[0] + "', labels: '" + files[1] + "', batch_size: 8}",
                        "train.steps=2",
                        "model.generator.width=8",
                        "model.discriminator.width=8",
                        "log.report=false"));
        assertThat(c.data().imageShape()).isEqualTo(new ImageShape(1, 28, 28));
        Map<String, Object> summary = Json.fields(
                TrainingRun.train(ValidConfig.of(c), RunDirectory.create(dir.resolve("run"), "idx"), null, false));
        assertThat(summary).containsEntry("images", 24).containsEntry("image_shape", "1×28×28");
    }

    @Test
    @DisplayName("names the missing file and a non-square side without image_size")
    void violations(@TempDir Path dir) throws Exception {
        Path[] files = pair(dir, 4, 20, 24);
        List<String> missing = catchThrowableOfType(
                        ConfigException.class,
                        () -> ConfigReader.fromYaml(
                                "data: {dataset: idx, path: '" + dir.resolve("nope.gz") + "'}", "t", List.of()))
                .violations();
        assertThat(missing)
                .containsExactly(
                        "data.path: file not found: " + dir.resolve("nope.gz").toAbsolutePath(),
                        "data.labels: an idx dataset needs its labels file");
        List<String> oblong = catchThrowableOfType(
                        ConfigException.class,
                        () -> ConfigReader.fromYaml(
                                "data: {dataset: idx, path: '" + files[0] + "', labels: '" + files[1] + "'}",
                                "t",
                                List.of()))
                .violations();
        assertThat(oblong)
                .containsExactly("data.image_size: the images are 20×24: set a square side to resize them to");
    }
}
