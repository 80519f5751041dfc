package io.gan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.UserFault;
import io.gan4j.cli.Gan4j;
import io.gan4j.networks.ImageShape;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.bytedeco.javacpp.PointerScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Java API's TrainedGenerator")
class TrainedGeneratorTest {

    @TempDir
    static Path tmp;

    /** A class-conditional SAGAN on 40 IDX images of 28×28, labelled i mod 10, narrowed to train in seconds. */
    static Path conditionalRun;

    @BeforeAll
    static void train() throws Exception {
        Path[] idx = idx(tmp);
        conditionalRun = Training.preset("sagan-mnist-conditional")
                .set("data", "{dataset: idx, path: '" + idx[0] + "', labels: '" + idx[1] + "', batch_size: 8}")
                .set("train.steps", 4)
                .set("train.ema", 0.9)
                .set("train.checkpoint_every", 2)
                .set("model.generator.width", 8)
                .set("model.discriminator.width", 8)
                .set("model.latent_dim", 8)
                .set("log", "{every: 2, eval_every: 2, snapshots: 0, report: false, grid_every: 0}")
                .set("threads", "{intra_op: 1, blas: 1}")
                .into(tmp.resolve("conditional"))
                .run()
                .directory();
    }

    /** 40 images of 28×28 and their labels i mod 10, as an IDX pair. */
    private static Path[] idx(Path dir) throws Exception {
        ByteBuffer images = ByteBuffer.allocate(16 + 40 * 28 * 28)
                .putInt(0x803)
                .putInt(40)
                .putInt(28)
                .putInt(28);
        for (int i = 0; i < 40 * 28 * 28; i++) {
            images.put((byte) (i * 7));
        }
        ByteBuffer labels = ByteBuffer.allocate(8 + 40).putInt(0x801).putInt(40);
        for (int i = 0; i < 40; i++) {
            labels.put((byte) (i % 10));
        }
        Path[] pair = {dir.resolve("images-idx3-ubyte"), dir.resolve("labels-idx1-ubyte")};
        Files.write(pair[0], images.array());
        Files.write(pair[1], labels.array());
        return pair;
    }

    @Nested
    @DisplayName("a class-conditional image run")
    class Conditional {

        @Test
        @DisplayName("the run directory, its checkpoint and its export give the same samples for a seed and class")
        void threeSourcesOneGenerator() {
            Path exported = tmp.resolve("g.safetensors");
            assertThat(Gan4j.commandLine().execute("export", conditionalRun.toString(), "--out", exported.toString()))
                    .isZero();
            try (TrainedGenerator run = TrainedGenerator.load(conditionalRun);
                    TrainedGenerator checkpoint =
                            TrainedGenerator.load(conditionalRun.resolve("checkpoints/step-00000004.safetensors"));
                    TrainedGenerator export = TrainedGenerator.load(exported)) {
                assertThat(run.averaged()).isTrue();
                assertThat(run.classes()).isEqualTo(10);
                assertThat(run.imageShape()).isEqualTo(new ImageShape(1, 28, 28));
                float[] x = run.sample(6, 11, 3);
                assertThat(x).hasSize(6 * 28 * 28);
                assertThat(checkpoint.sample(6, 11, 3)).containsExactly(x);
                assertThat(export.sample(6, 11, 3)).containsExactly(x);
                assertThat(export.averaged()).isTrue();
                // the seed and the class both matter
                assertThat(run.sample(6, 12, 3)).isNotEqualTo(x);
                assertThat(run.sample(6, 11, 4)).isNotEqualTo(x);
                assertThat(run.sample(6, 11, 3)).containsExactly(x);
            }
        }

        @Test
        @DisplayName("images and a PNG grid hold the samples' pixels, (x + 1)·127.5 rounded")
        void imagesAndGrid() throws Exception {
            try (TrainedGenerator g = TrainedGenerator.load(conditionalRun)) {
                float[] x = g.sample(2, 5, 7);
                List<BufferedImage> images = g.images(2, 5, 7);
                assertThat(images).hasSize(2);
                BufferedImage second = images.get(1);
                assertThat(second.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
                assertThat(second.getWidth()).isEqualTo(28);
                int expected = Math.round((x[28 * 28 + 28 * 3 + 5] + 1) * 127.5f);
                assertThat(second.getRaster().getSample(5, 3, 0)).isBetween(expected - 1, expected + 1);
                Path png = tmp.resolve("grid.png");
                g.writeGrid(png, 2, 3, 5, 7);
                BufferedImage grid = ImageIO.read(png.toFile());
                assertThat(grid.getWidth()).isEqualTo(3 * 28 + 2 * 2);
                assertThat(grid.getHeight()).isEqualTo(2 * 28 + 2);
            }
        }

        @Test
        @DisplayName(
                "concurrent callers get what one caller gets, and a caller's PointerScope does not free the weights")
        void threadsAndScopes() throws Exception {
            TrainedGenerator g;
            float[] x;
            try (PointerScope scope = new PointerScope()) {
                g = TrainedGenerator.load(conditionalRun);
                x = g.sample(20, 1, 2);
            }
            // the scope is closed: had the weights been attached to it, this would fail or differ
            assertThat(g.sample(20, 1, 2)).containsExactly(x);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<float[]>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Callable<float[]> call = () -> g.sample(20, 1, 2);
                    results.add(pool.submit(call));
                }
                for (Future<float[]> f : results) {
                    assertThat(f.get()).containsExactly(x);
                }
            } finally {
                pool.shutdown();
                g.close();
            }
        }

        @Test
        @DisplayName("a class the run does not have, or a count below 1, is the caller's fault, named")
        void refusals() {
            try (TrainedGenerator g = TrainedGenerator.load(conditionalRun)) {
                assertThatThrownBy(() -> g.sample(3, 1, 10))
                        .isInstanceOf(UserFault.class)
                        .hasMessageContaining("class 10")
                        .hasMessageContaining("0 to 9");
                assertThatThrownBy(() -> g.sample(0, 1))
                        .isInstanceOf(UserFault.class)
                        .hasMessageContaining("0");
            }
        }
    }

    @Test
    @DisplayName("a toy run samples points; asking it for images, or loading what is not a run, is refused")
    void toyRunAndNonRuns() throws Exception {
        Path run = TinyRuns.demo(tmp.resolve("toy"), 5).run().directory();
        try (TrainedGenerator g = TrainedGenerator.load(run)) {
            assertThat(g.imageShape()).isNull();
            assertThat(g.sampleSize()).isEqualTo(2);
            assertThat(g.sample(10, 1)).hasSize(20).doesNotContain(Float.NaN);
            assertThatThrownBy(() -> g.images(1, 1))
                    .isInstanceOf(UserFault.class)
                    .hasMessageContaining("2-D points");
        }
        Path notARun = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> TrainedGenerator.load(notARun))
                .isInstanceOf(UserFault.class)
                .hasMessageContaining("no config.yaml");
        assertThatThrownBy(() -> TrainedGenerator.load(tmp.resolve("missing")))
                .isInstanceOf(UserFault.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    @DisplayName("evaluate gives the figures gan4j evaluate writes for the same samples (needs ../shared's MNIST)")
    void evaluateAsTheCommandDoes() throws Exception {
        Path shared = Path.of("../shared/datasets").toAbsolutePath();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isDirectory(shared.resolve("mnist")), shared + "/mnist not found: skipping");
        Path run = Training.preset("dcgan-mnist")
                .set("data.root", shared)
                .set("train.steps", 2)
                .set("model.generator.width", 8)
                .set("model.discriminator.width", 8)
                .set("log", "{every: 1, grid_every: 0, report: false}")
                .set("threads", "{intra_op: 1, blas: 1}")
                .into(tmp.resolve("dcgan"))
                .run()
                .directory();
        io.gan4j.evaluation.EvaluationResult r;
        try (TrainedGenerator g = TrainedGenerator.load(run)) {
            r = g.evaluate("fid,kid", 200, 3, null);
            assertThatThrownBy(() -> g.evaluate("fid,kdi", 200, 3, null))
                    .isInstanceOf(UserFault.class)
                    .hasMessageContaining("kdi");
        }
        Path out = tmp.resolve("dcgan-eval");
        assertThat(Gan4j.commandLine()
                        .execute(
                                "evaluate",
                                run.toString(),
                                "--metrics",
                                "fid,kid",
                                "--n",
                                "200",
                                "--seed",
                                "3",
                                "--out",
                                out.toString()))
                .isZero();
        var written = io.gan4j.training.Json.read(out.resolve("eval.json"));
        @SuppressWarnings("unchecked")
        var metrics = (java.util.Map<String, Object>) written.get("metrics");
        assertThat(r.metrics().distribution()).isNotNull();
        assertThat(io.gan4j.training.Json.fields(r.metrics()).get("fid")).isEqualTo(metrics.get("fid"));
        // KID's mean is the same; its spread over identical subsets (n = subset size) is rounding noise, ~1e-15
        assertThat(((java.util.Map<?, ?>)
                                io.gan4j.training.Json.fields(r.metrics()).get("kid"))
                        .get("mean"))
                .isEqualTo(((java.util.Map<?, ?>) metrics.get("kid")).get("mean"));
        assertThat(r.reference()).contains("mnist test");
    }
}
