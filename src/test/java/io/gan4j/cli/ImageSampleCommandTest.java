package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.TorchTest;
import io.gan4j.training.ResumeTestFixtures;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j train on images, then sample, export and train --resume")
class ImageSampleCommandTest extends TorchTest {

    @TempDir
    static Path dir;

    static Path run;

    @BeforeAll
    static void train() throws Exception {
        Path folder = ResumeTestFixtures.folder(dir);
        run = dir.resolve("run");
        CliTest.Outcome o = CliTest.run(
                "train",
                "dcgan-mnist",
                "--out",
                run.toString(),
                "--quiet",
                "--set",
                "data={dataset: folder, path: '" + folder + "', image_size: 28, channels: 1, batch_size: 8}",
                "--set",
                "train.steps=3",
                "--set",
                "model.generator.width=8",
                "--set",
                "model.discriminator.width=8",
                "--set",
                "model.latent_dim=16",
                "--set",
                "train.ema=0.5",
                "--set",
                "log.grid_rows=2",
                "--threads",
                "1");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("images                 40 of 1×28×28", "report: ");
    }

    @Test
    @DisplayName("--grid writes one PNG of ⌈√N⌉ columns of 28×28 images with 2-pixel gaps")
    void grid() throws Exception {
        Path png = dir.resolve("grid.png");
        CliTest.Outcome o = CliTest.run("sample", run.toString(), "--n", "10", "--grid", "--out", png.toString());
        assertThat(o.code()).as(o.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(4 * 28 + 3 * 2);
        assertThat(img.getHeight()).isEqualTo(3 * 28 + 2 * 2);
    }

    @Test
    @DisplayName(".npy holds float32 (N, 1, 28, 28) in [-1, 1] from the moving average, the same for the same seed")
    void npy() throws Exception {
        Path a = dir.resolve("a.npy");
        Path b = dir.resolve("b.npy");
        assertThat(CliTest.run("sample", run.toString(), "--n", "5", "--out", a.toString())
                        .code())
                .isZero();
        CliTest.Outcome o = CliTest.run("sample", run.toString(), "--n", "5", "--out", b.toString());
        byte[] bytes = Files.readAllBytes(a);
        assertThat(Files.readAllBytes(b)).isEqualTo(bytes);
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header)
                .startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (5, 1, 28, 28), }")
                .endsWith("\n");
        assertThat((10 + headerLength) % 64).isZero();
        assertThat(bytes.length - 10 - headerLength).isEqualTo(4 * 5 * 28 * 28);
        ByteBuffer data =
                ByteBuffer.wrap(bytes, 10 + headerLength, 4 * 5 * 28 * 28).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 5 * 28 * 28; i++) {
            assertThat(data.getFloat()).isBetween(-1f, 1f);
        }
        assertThat(o.code()).isZero();
    }

    @Test
    @DisplayName("a directory gets one PNG per sample")
    void files() throws Exception {
        Path out = dir.resolve("each");
        assertThat(CliTest.run("sample", run.toString(), "--n", "3", "--out", out.toString())
                        .code())
                .isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("sample-000000.png", "sample-000001.png", "sample-000002.png");
        }
        byte[] first = Files.readAllBytes(out.resolve("sample-000000.png"));
        CliTest.Outcome again =
                CliTest.run("sample", run.toString(), "--n", "3", "--seed", "7", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err())
                .isEqualTo("gan4j: " + out + " already holds sample-000000.png: give --overwrite to replace its "
                        + "samples, or another --out\n");
        assertThat(Files.readAllBytes(out.resolve("sample-000000.png"))).isEqualTo(first);
        assertThat(CliTest.run(
                                "sample",
                                run.toString(),
                                "--n",
                                "3",
                                "--seed",
                                "7",
                                "--overwrite",
                                "--out",
                                out.toString())
                        .code())
                .isZero();
        assertThat(Files.readAllBytes(out.resolve("sample-000000.png"))).isNotEqualTo(first);
        assertThat(ImageIO.read(out.resolve("sample-000000.png").toFile()).getWidth())
                .isEqualTo(28);
    }

    @Test
    @DisplayName("export writes the moving average with its metadata; --raw the trained weights")
    void export() {
        Path ema = dir.resolve("g.safetensors");
        Path raw = dir.resolve("g-raw.safetensors");
        assertThat(CliTest.run("export", run.toString(), "--out", ema.toString())
                        .code())
                .isZero();
        assertThat(CliTest.run("export", run.toString(), "--out", raw.toString(), "--raw")
                        .code())
                .isZero();
        SafetensorsReader r = SafetensorsReader.open(ema);
        assertThat(r.metadata())
                .containsEntry("architecture", "dcgan")
                .containsEntry("latent_dim", "16")
                .containsEntry("output", "images 1×28×28 in [-1, 1]")
                .containsKey("config");
        assertThat(r.metadata().get("weights")).startsWith("moving average");
        assertThat(r.bytes("project.linear.weight"))
                .isEqualTo(SafetensorsReader.open(run.resolve("generator-ema.safetensors"))
                        .bytes("project.linear.weight"))
                .isNotEqualTo(SafetensorsReader.open(raw).bytes("project.linear.weight"));
    }

    @Test
    @DisplayName("usage errors exit with 2 and say what to give")
    void usageErrors() {
        CliTest.Outcome csv = CliTest.run(
                "sample", run.toString(), "--out", dir.resolve("x.csv").toString());
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).contains("an image run writes --grid --out FILE.png, --out FILE.npy or --out DIR");
        CliTest.Outcome grid = CliTest.run(
                "sample",
                run.toString(),
                "--grid",
                "--out",
                dir.resolve("x.npy").toString());
        assertThat(grid.code()).isEqualTo(2);
        assertThat(grid.err()).contains("--grid writes one PNG");
        CliTest.Outcome both = CliTest.run("train", "dcgan-mnist", "--resume", run.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give either CONFIG or --resume RUN_DIR, not both");
    }

    @Test
    @DisplayName("train --resume continues to the new train.steps in the same directory")
    void resume() throws Exception {
        Path copy = dir.resolve("copy");
        copyTree(run, copy);
        CliTest.Outcome o = CliTest.run("train", "--resume", copy.toString(), "--set", "train.steps=5", "--quiet");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out())
                .contains("resuming dcgan-mnist at step 3 of 5", "generator steps        5 (resumed from 3)");
        assertThat(copy.resolve("checkpoints/step-00000005.safetensors")).isRegularFile();
        CliTest.Outcome done = CliTest.run("train", "--resume", copy.toString());
        assertThat(done.code()).isEqualTo(2);
        assertThat(done.err()).contains("is already trained to 5 steps");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
