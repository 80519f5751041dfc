package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.TorchTest;
import io.gan4j.training.ResumeTestFixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j train on labelled images with model.classes, then sample --class and export")
class ConditionalSampleCommandTest extends TorchTest {

    @TempDir
    static Path dir;

    static Path run;

    @BeforeAll
    static void train() throws Exception {
        Path[] idx = ResumeTestFixtures.labelledIdx(dir);
        run = dir.resolve("run");
        CliTest.Outcome o = CliTest.run(
                "train",
                "sagan-mnist-conditional",
                "--out",
                run.toString(),
                "--quiet",
                "--set",
                "data={dataset: idx, path: '" + idx[0] + "', labels: '" + idx[1] + "', batch_size: 8}",
                "--set",
                "train.steps=2",
                "--set",
                "model.generator.width=8",
                "--set",
                "model.discriminator.width=8",
                "--set",
                "model.latent_dim=8",
                "--set",
                "log.report=false",
                "--threads",
                "1");
        assertThat(o.code()).as(o.err()).isZero();
    }

    @Test
    @DisplayName("--class K draws every sample of class K; the same seed gives the same samples, another class others")
    void oneClass() throws Exception {
        Path three = dir.resolve("three.npy");
        Path again = dir.resolve("again.npy");
        Path four = dir.resolve("four.npy");
        for (Path[] p : new Path[][] {{three}, {again}}) {
            CliTest.Outcome o =
                    CliTest.run("sample", run.toString(), "--n", "4", "--out", p[0].toString(), "--class", "3");
            assertThat(o.code()).as(o.err()).isZero();
        }
        assertThat(CliTest.run("sample", run.toString(), "--n", "4", "--out", four.toString(), "--class", "4")
                        .code())
                .isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(three));
        assertThat(Files.readAllBytes(four)).isNotEqualTo(Files.readAllBytes(three));
        Path grid = dir.resolve("grid.png");
        assertThat(CliTest.run("sample", run.toString(), "--n", "9", "--grid", "--out", grid.toString())
                        .code())
                .isZero();
        BufferedImage img = ImageIO.read(grid.toFile());
        assertThat(img.getWidth()).isEqualTo(3 * 28 + 2 * 2);
    }

    @Test
    @DisplayName("--class outside the classes, or on an unconditional run, is refused naming the range or the run")
    void refusals() throws Exception {
        CliTest.Outcome o = CliTest.run(
                "sample",
                run.toString(),
                "--n",
                "4",
                "--out",
                dir.resolve("x.npy").toString(),
                "--class",
                "10");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("gan4j: --class must be between 0 and 9, found 10");
        Path toy = dir.resolve("toy");
        assertThat(CliTest.run(
                                "train",
                                "gan-ns-ring",
                                "--out",
                                toy.toString(),
                                "--quiet",
                                "--set",
                                "train.steps=2",
                                "--set",
                                "log.report=false",
                                "--set",
                                "log.every=1",
                                "--set",
                                "log.eval_every=2",
                                "--set",
                                "log.snapshots=0")
                        .code())
                .isZero();
        CliTest.Outcome u = CliTest.run(
                "sample",
                toy.toString(),
                "--n",
                "4",
                "--out",
                dir.resolve("x.csv").toString(),
                "--class",
                "0");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err())
                .contains("gan4j: --class needs a class-conditional run (model.classes > 0); " + toy
                        + " is unconditional");
    }

    @Test
    @DisplayName("export records the input layout [z, one-hot of the class]")
    void export() {
        Path out = dir.resolve("g.safetensors");
        assertThat(CliTest.run("export", run.toString(), "--out", out.toString())
                        .code())
                .isZero();
        assertThat(SafetensorsReader.open(out).metadata())
                .containsEntry("latent_dim", "18")
                .containsEntry("latent_layout", "[z (8, latent_prior), one-hot of the class (10)] (class-conditional)");
    }
}
