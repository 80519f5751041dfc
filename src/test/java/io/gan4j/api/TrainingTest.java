package io.gan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.config.ConfigException;
import io.gan4j.config.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Java API's Training")
class TrainingTest {

    /** The demo (the ring, non-saturating GAN), 40 steps logged every 10, one thread. */
    private static Training demo(Path dir) {
        return Training.preset("demo")
                .set("train.steps", 40)
                .set("log", "{every: 10, eval_every: 20, snapshots: 0, report: false}")
                .set("threads", "{intra_op: 1, blas: 1}")
                .into(dir);
    }

    @Test
    @DisplayName("trains into the run directory and shows the observer every logged step with its losses")
    void observesTheLoggedSteps(@TempDir Path tmp) {
        List<TrainingProgress> seen = new ArrayList<>();
        int[] finished = {-1};
        TrainingResult r = demo(tmp.resolve("run"))
                .observer(new TrainingObserver() {
                    @Override
                    public void onStep(TrainingProgress p) {
                        seen.add(p);
                    }

                    @Override
                    public void onFinished(int steps) {
                        finished[0] = steps;
                    }
                })
                .run();
        assertThat(seen).extracting(TrainingProgress::step).containsExactly(10, 20, 30, 40);
        assertThat(seen).allSatisfy(p -> {
            assertThat(p.totalSteps()).isEqualTo(40);
            assertThat(p.discriminatorLoss()).isFinite().isPositive();
            assertThat(p.generatorLoss()).isFinite().isPositive();
        });
        // the W1 to the data is measured at eval_every
        assertThat(seen.get(1).figures()).containsKey("w1");
        assertThat(finished[0]).isEqualTo(40);
        assertThat(r.directory()).isEqualTo(tmp.resolve("run"));
        assertThat(r.summary().steps()).isEqualTo(40);
        assertThat(r.directory().resolve("summary.json")).isNotEmptyFile();
        assertThat(r.directory().resolve("generator.safetensors")).isNotEmptyFile();
    }

    @Test
    @DisplayName("an observer's requestStop ends training after that step, with a checkpoint of it")
    void stopsOnRequest(@TempDir Path tmp) {
        Training[] training = {null};
        training[0] = demo(tmp.resolve("run")).observer(p -> {
            if (p.step() == 20) {
                training[0].requestStop();
            }
        });
        TrainingResult r = training[0].run();
        assertThat(r.summary().stoppedAt()).isEqualTo(20);
        assertThat(r.directory().resolve("checkpoints/step-00000020.safetensors"))
                .isNotEmptyFile();
    }

    @Test
    @DisplayName("a config made in code is validated and resolved as its YAML is")
    void inCode() {
        assertThat(Training.of(Presets.config("wgan-gp-ring")).set("seed", 3).config())
                .isEqualTo(Training.preset("wgan-gp-ring").set("seed", 3).config());
    }

    @Test
    @DisplayName("every problem of the config in one ConfigException, naming keys and values; nothing written")
    void invalidConfig(@TempDir Path tmp) {
        Path dir = tmp.resolve("run");
        assertThatThrownBy(() -> Training.preset("demo")
                        .set("train.steps", 0)
                        .set("data.batch_size", -1)
                        .into(dir)
                        .run())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("train.steps")
                .hasMessageContaining("data.batch_size")
                .hasMessageContaining("-1");
        assertThat(Files.exists(dir)).isFalse();
        assertThatThrownBy(() -> Training.preset("no-such-preset").config())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no-such-preset");
    }

    /** 40 grey 28×28 images: image i has a bright square at a place given by its label i mod 10. */
    private static List<java.awt.image.BufferedImage> squares() {
        List<java.awt.image.BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var img = new java.awt.image.BufferedImage(28, 28, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            var g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(2 + 2 * (i % 10), 4, 6, 6);
            g.dispose();
            out.add(img);
        }
        return out;
    }

    private static Training narrow(Training t) {
        return t.set("train.steps", 2)
                .set("data.batch_size", 8)
                .set("model.generator.width", 8)
                .set("model.discriminator.width", 8)
                .set("model.latent_dim", 8)
                .set("log", "{every: 1, grid_every: 0, report: false}")
                .set("threads", "{intra_op: 1, blas: 1}");
    }

    @Test
    @DisplayName("trains a class-conditional run on labelled images held in the program, written into the run")
    void onLabelledImages(@TempDir Path tmp) throws Exception {
        int[] labels = new int[40];
        for (int i = 0; i < 40; i++) {
            labels[i] = i % 10;
        }
        TrainingResult r = narrow(Training.preset("sagan-mnist-conditional"))
                .onImages(squares(), labels, 28)
                .into(tmp.resolve("run"))
                .run();
        var figures =
                (io.gan4j.training.TrainingSummary.ImageFigures) r.summary().figures();
        assertThat(figures.images()).isEqualTo(40);
        assertThat(Files.list(r.directory().resolve("data")).count()).isEqualTo(10);
        assertThat(Files.list(r.directory().resolve("data/class-003")).count()).isEqualTo(4);
        String yaml = Files.readString(r.directory().resolve("config.yaml"));
        assertThat(yaml).contains("dataset: folder").contains("batch_size: 8").contains("channels: 1");
        try (TrainedGenerator g = r.generator()) {
            assertThat(g.classes()).isEqualTo(10);
            assertThat(g.imageShape()).isEqualTo(new io.gan4j.networks.ImageShape(1, 28, 28));
        }
    }

    @Test
    @DisplayName("trains on images given as floats in [−1, 1]; bad labels are refused before anything is written")
    void onFloats(@TempDir Path tmp) throws Exception {
        float[] pixels = new float[16 * 28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 28) / 13.5f - 1;
        }
        var shape = new io.gan4j.networks.ImageShape(1, 28, 28);
        TrainingResult r = narrow(Training.preset("dcgan-mnist"))
                .onImages(pixels, shape, null)
                .into(tmp.resolve("run"))
                .run();
        assertThat(((io.gan4j.training.TrainingSummary.ImageFigures) r.summary().figures()).images())
                .isEqualTo(16);
        // grey floats train as grey images (the written PNGs were RGB before ImageGridPng.each)
        assertThat(Files.readString(r.directory().resolve("config.yaml"))).contains("channels: 1");
        assertThatThrownBy(() -> Training.preset("dcgan-mnist").onImages(squares(), new int[] {0, 2}, 28))
                .isInstanceOf(io.gan4j.UserFault.class)
                .hasMessage("40 images but 2 labels");
        int[] gap = new int[40];
        java.util.Arrays.fill(gap, 20, 40, 2);
        assertThatThrownBy(() -> Training.preset("dcgan-mnist").onImages(squares(), gap, 28))
                .hasMessage("labels must be 0 … K−1 with every class present, found [0, 2]");
        assertThatThrownBy(() -> Training.preset("dcgan-mnist").onImages(new float[100], shape, null))
                .hasMessage("100 floats are not a whole number of " + shape + " images");
    }
}
