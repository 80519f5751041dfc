package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.TorchTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Resuming from a checkpoint")
class ResumeTest extends TorchTest {

    /** A small WGAN-GP on the ring: penalty noise, Adam moments and the data stream all matter. */
    static RunConfig toy(int steps, String... more) {
        List<String> o = new ArrayList<>(List.of(
                "train.steps=" + steps,
                "model.generator.width=32",
                "model.discriminator.width=32",
                "log.every=5",
                "log.eval_every=10",
                "log.snapshots=0",
                "log.eval_samples=200",
                "log.w1_samples=50",
                "train.checkpoint_every=0",
                "threads={intra_op: 1, blas: 1}"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml(Presets.yaml("wgan-gp-ring"), "wgan-gp-ring", o);
    }

    /** A DCGAN with batch norm and an EMA on a folder of 40 random 16×16 grey images. */
    static RunConfig images(Path folder, int steps, String... more) {
        List<String> o = new ArrayList<>(List.of(
                "data={dataset: folder, path: '" + folder + "', image_size: 28, channels: 1, " + "batch_size: 8}",
                "train.steps=" + steps,
                "model.generator.width=8",
                "model.discriminator.width=8",
                "model.latent_dim=16",
                "train.ema=0.9",
                "log.every=2",
                "log.grid_every=0",
                "log.grid_rows=2",
                "train.checkpoint_every=0",
                "threads={intra_op: 1, blas: 1}"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml(Presets.yaml("dcgan-mnist"), "dcgan-mnist", o);
    }

    static Path folder(Path dir) throws IOException {
        Path f = Files.createDirectories(dir.resolve("images"));
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 40; i++) {
            BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    int v = rng.nextInt(256);
                    img.setRGB(x, y, (v << 16) | (v << 8) | v);
                }
            }
            ImageIO.write(
                    img, "png", f.resolve(String.format("img-%02d.png", i)).toFile());
        }
        return f;
    }

    static void assertSameTensors(Path a, Path b) {
        SafetensorsReader ra = SafetensorsReader.open(a);
        SafetensorsReader rb = SafetensorsReader.open(b);
        assertThat(rb.names()).isEqualTo(ra.names());
        for (String name : ra.names()) {
            assertThat(rb.bytes(name)).as(name).isEqualTo(ra.bytes(name));
        }
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("gives weights bit-identical to an uninterrupted run")
    class BitExact {

        @Test
        @DisplayName("toy WGAN-GP: 20 steps, stop, 20 more = 40 steps (and the same metrics.jsonl)")
        void toyRun(@TempDir Path dir) throws Exception {
            RunDirectory whole = RunDirectory.create(dir.resolve("whole"), "w");
            TrainingRun.train(ValidConfig.of(toy(40)), whole, null, false);
            RunDirectory parts = RunDirectory.create(dir.resolve("parts"), "p");
            TrainingRun.train(ValidConfig.of(toy(20)), parts, null, false);
            assertThat(Checkpoint.list(parts.path()))
                    .extracting(p -> p.getFileName().toString())
                    .containsExactly("step-00000020.safetensors");
            TrainingRun resumed = Resume.prepare(parts.path(), List.of("train.steps=40"), null, false, quiet());
            assertThat(resumed.fromStep()).isEqualTo(20);
            resumed.execute();
            assertSameTensors(whole.file("generator.safetensors"), parts.file("generator.safetensors"));
            assertSameTensors(whole.file("discriminator.safetensors"), parts.file("discriminator.safetensors"));
            assertThat(Files.readString(parts.file("metrics.jsonl")))
                    .isEqualTo(Files.readString(whole.file("metrics.jsonl")));
        }

        @Test
        @DisplayName("DCGAN with batch norm, an EMA and prefetched image batches: 4 + 4 = 8 steps")
        void imageRun(@TempDir Path dir) throws Exception {
            Path folder = folder(dir);
            RunDirectory whole = RunDirectory.create(dir.resolve("whole"), "w");
            TrainingRun.train(ValidConfig.of(ResumeTest.images(folder, 8)), whole, null, false);
            RunDirectory parts = RunDirectory.create(dir.resolve("parts"), "p");
            TrainingRun.train(ValidConfig.of(ResumeTest.images(folder, 4)), parts, null, false);
            Resume.prepare(parts.path(), List.of("train.steps=8"), null, false, quiet())
                    .execute();
            for (String f :
                    List.of("generator.safetensors", "discriminator.safetensors", "generator-ema.safetensors")) {
                assertSameTensors(whole.file(f), parts.file(f));
            }
            assertThat(Files.readString(parts.file("metrics.jsonl")))
                    .isEqualTo(Files.readString(whole.file("metrics.jsonl")));
        }

        @Test
        @DisplayName("and without the checkpoint the continuation would differ (the test can fail)")
        void controlDiffers(@TempDir Path dir) throws Exception {
            RunDirectory a = RunDirectory.create(dir.resolve("a"), "a");
            TrainingRun.train(ValidConfig.of(toy(40)), a, null, false);
            RunDirectory b = RunDirectory.create(dir.resolve("b"), "b");
            TrainingRun.train(ValidConfig.of(toy(40, "seed=2")), b, null, false);
            assertThat(SafetensorsReader.open(a.file("generator.safetensors")).bytes("body.fc0.linear.weight"))
                    .isNotEqualTo(SafetensorsReader.open(b.file("generator.safetensors"))
                            .bytes("body.fc0.linear.weight"));
        }
    }

    @Nested
    @DisplayName("refuses, naming the key, file or step")
    class Refuses {

        @Test
        void aChangeThatDefinesTheTraining(@TempDir Path dir) {
            RunDirectory run = RunDirectory.create(dir.resolve("r"), "r");
            TrainingRun.train(ValidConfig.of(toy(5)), run, null, false);
            assertThatThrownBy(() -> Resume.prepare(
                            run.path(),
                            List.of("train.steps=10", "model.generator.width=64", "optimisers.generator.lr=0.1"),
                            null,
                            false,
                            quiet()))
                    .hasMessageStartingWith(
                            "cannot change model.generator.width, optimisers.generator.lr when resuming");
        }

        @Test
        void aRunAlreadyAtItsSteps(@TempDir Path dir) {
            RunDirectory run = RunDirectory.create(dir.resolve("r"), "r");
            TrainingRun.train(ValidConfig.of(toy(5)), run, null, false);
            assertThatThrownBy(() -> Resume.prepare(run.path(), List.of(), null, false, quiet()))
                    .hasMessageContaining("is already trained to 5 steps")
                    .hasMessageContaining("--set train.steps=10");
        }

        @Test
        void aDirectoryThatIsNotARun(@TempDir Path dir) {
            assertThatThrownBy(() -> Resume.prepare(dir, List.of(), null, false, quiet()))
                    .hasMessageContaining("is not a gan4j run directory");
        }
    }

    @Nested
    @DisplayName("after damage")
    class Damage {

        @Test
        @DisplayName("refuses a damaged newest checkpoint, moves it aside and resumes from the previous one")
        void fallsBackToThePreviousCheckpoint(@TempDir Path dir) throws Exception {
            RunDirectory run = RunDirectory.create(dir.resolve("r"), "r");
            TrainingRun.train(ValidConfig.of(toy(10, "train.checkpoint_every=5")), run, null, false);
            Path newest = Checkpoint.file(run.path(), 10);
            byte[] bytes = Files.readAllBytes(newest);
            bytes[bytes.length - 3] ^= 1;
            Files.write(newest, bytes);
            ByteArrayOutputStream warnings = new ByteArrayOutputStream();
            TrainingRun resumed = Resume.prepare(
                    run.path(),
                    List.of("train.steps=12"),
                    null,
                    false,
                    new PrintStream(warnings, true, StandardCharsets.UTF_8));
            assertThat(resumed.fromStep()).isEqualTo(5);
            assertThat(warnings.toString(StandardCharsets.UTF_8))
                    .contains("step-00000010.safetensors: damaged: the SHA-256 of its data is")
                    .contains("moved it to step-00000010.safetensors.damaged");
            assertThat(newest.resolveSibling("step-00000010.safetensors.damaged"))
                    .isRegularFile();
        }

        @Test
        @DisplayName("a truncated checkpoint is refused with the file's name")
        void truncated(@TempDir Path dir) throws Exception {
            RunDirectory run = RunDirectory.create(dir.resolve("r"), "r");
            TrainingRun.train(ValidConfig.of(toy(5)), run, null, false);
            Path file = Checkpoint.file(run.path(), 5);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
            assertThatThrownBy(() -> Checkpoint.read(file))
                    .isInstanceOf(CheckpointException.class)
                    .hasMessageStartingWith(file + ": unreadable:");
        }

        @Test
        @DisplayName(
                "kill -9 in the middle of a checkpoint write leaves the previous one good, and resuming from it is "
                        + "exact")
        void killedDuringAWrite(@TempDir Path dir) throws Exception {
            Path runDir = dir.resolve("killed");
            Path marker = dir.resolve("writing");
            List<String> cmd = List.of(
                    System.getProperty("java.home") + "/bin/java",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CheckpointKillProbe.class.getName(),
                    runDir.toString(),
                    marker.toString());
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("probe.log").toFile())
                    .start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!Files.exists(marker) && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(marker)
                        .as("the probe reached the middle of its second checkpoint; log: "
                                + (Files.exists(dir.resolve("probe.log"))
                                        ? Files.readString(dir.resolve("probe.log"))
                                        : ""))
                        .exists();
            } finally {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(p.exitValue()).isEqualTo(137);
            try (Stream<Path> files = Files.list(runDir.resolve(Checkpoint.DIR))) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .contains("step-00000005.safetensors")
                        .doesNotContain("step-00000010.safetensors")
                        .anyMatch(n -> n.startsWith(".step-00000010.safetensors.") && n.endsWith(".tmp"));
            }
            assertThat(Checkpoint.read(Checkpoint.file(runDir, 5)).step()).isEqualTo(5);
            TrainingRun resumed = Resume.prepare(runDir, List.of(), null, false, quiet());
            assertThat(resumed.fromStep()).isEqualTo(5);
            resumed.execute();
            try (Stream<Path> files = Files.list(runDir.resolve(Checkpoint.DIR))) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
            RunDirectory whole = RunDirectory.create(dir.resolve("whole"), "w");
            TrainingRun.train(ValidConfig.of(CheckpointKillProbe.config()), whole, null, false);
            assertSameTensors(whole.file("generator.safetensors"), runDir.resolve("generator.safetensors"));
        }
    }
}
