package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.config.ConfigException;
import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.data.image.IdxReader;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.networks.ConditionalLatent;
import io.gan4j.networks.ImageShape;
import io.gan4j.networks.LatentPrior;
import io.gan4j.networks.ProjectionDiscriminator;
import io.gan4j.reports.SampleGrids;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Class-conditional training (model.classes)")
class ConditionalTest extends TorchTest {

    private static final ImageShape SHAPE = new ImageShape(1, 28, 28);

    /**
     * sagan-mnist-conditional narrowed (width 8, z of 8, batch 8, an EMA) on an IDX pair of 40 images labelled
     * i mod 10.
     */
    static RunConfig config(Path[] idx, int steps, String... more) {
        List<String> o = new ArrayList<>(List.of(
                "data={dataset: idx, path: '" + idx[0] + "', labels: '" + idx[1] + "', batch_size: 8}",
                "train.steps=" + steps,
                "model.generator.width=8",
                "model.discriminator.width=8",
                "model.latent_dim=8",
                "train.ema=0.9",
                "log.every=1",
                "log.grid_every=2",
                "log.grid_rows=2",
                "train.checkpoint_every=0",
                "threads={intra_op: 1, blas: 1}"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml(Presets.yaml("sagan-mnist-conditional"), "sagan-mnist-conditional", o);
    }

    /** 40 images, labels (i + shift) mod 10. */
    static Path[] idx(Path dir, int shift) throws Exception {
        Path[] pair = IdxDatasetTest.pair(Files.createDirectories(dir.resolve("idx-" + shift)), 40, 28, 28);
        ByteBuffer labels = ByteBuffer.allocate(8 + 40).putInt(0x00000801).putInt(40);
        for (int i = 0; i < 40; i++) {
            labels.put((byte) ((i + shift) % 10));
        }
        Files.write(pair[1], labels.array());
        return pair;
    }

    /** The GAN of {@code c} on the pair's batches, as a run builds it. */
    private static Gan gan(RunConfig c, Path[] idx) {
        RandomStreams streams = new RandomStreams(c.seed());
        ShuffledBatches shuffled =
                new ShuffledBatches(IdxReader.read(idx[0], idx[1], "fixture"), 8, streams.seedOf(RandomStreams.DATA));
        return GanFactory.build(ValidConfig.of(c), streams, new ImageBatches(shuffled, SHAPE, 1), SHAPE, null);
    }

    private static float[] parameter(org.bytedeco.pytorch.Module m, String name) {
        var named = m.named_parameters(true);
        for (long i = 0; i < named.size(); i++) {
            if (named.get(i).key().getString().equals(name)) {
                return Tensors.toFloats(named.get(i).value());
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    @Nested
    @DisplayName("steps")
    class Steps {

        @Test
        @DisplayName("D's step moves D and V and leaves G; G's step moves G and its γ, β tables and leaves D")
        void eachStepMovesItsPlayer(@TempDir Path dir) throws Exception {
            Gan gan = gan(config(idx(dir, 0), 1), idx(dir, 0));
            assertThat(gan.parts().latent().classes()).isEqualTo(10);
            ProjectionDiscriminator d = (ProjectionDiscriminator) gan.discriminator();
            ParameterSnapshot g = ParameterSnapshot.of(gan.generator());
            ParameterSnapshot v = ParameterSnapshot.of(d.embedding());
            gan.discriminatorStep(null);
            assertThat(g.unchanged(gan.generator())).isTrue();
            assertThat(v.unchanged(d.embedding())).as("V").isFalse();
            ParameterSnapshot all = ParameterSnapshot.of(d);
            float[] gamma = parameter(gan.generator(), "project_norm.gamma");
            float[] beta = parameter(gan.generator(), "norm0.beta");
            gan.generatorStep(null);
            assertThat(all.unchanged(d)).isTrue();
            assertThat(parameter(gan.generator(), "project_norm.gamma")).isNotEqualTo(gamma);
            assertThat(parameter(gan.generator(), "norm0.beta")).isNotEqualTo(beta);
            gan.parts().realBatches().close();
        }

        @Test
        @DisplayName(
                "D is told the real labels: the same images under other labels move D differently, the same labels "
                        + "identically")
        void realLabelsReachD(@TempDir Path dir) throws Exception {
            List<ParameterSnapshot> after = new ArrayList<>();
            List<Gan> gans = new ArrayList<>();
            for (int shift : new int[] {0, 0, 1}) {
                Path[] pair = idx(dir.resolve("run-" + gans.size()), shift);
                Gan gan = gan(config(pair, 1), pair);
                gan.discriminatorStep(null);
                gans.add(gan);
                after.add(ParameterSnapshot.of(gan.discriminator()));
                gan.parts().realBatches().close();
            }
            assertThat(after.get(0).unchanged(gans.get(1).discriminator())).isTrue();
            assertThat(after.get(0).unchanged(gans.get(2).discriminator())).isFalse();
        }

        @Test
        @DisplayName(
                "with WGAN-GP the penalty's interpolates are scored with the real labels: a finite penalty is logged")
        void gradientPenalty(@TempDir Path dir) throws Exception {
            Path[] pair = idx(dir, 0);
            Gan gan = gan(config(pair, 1, "objective=wasserstein", "regularisers.gradient_penalty={weight: 10}"), pair);
            StepLog log = new StepLog(1);
            gan.discriminatorStep(log);
            gan.generatorStep(log);
            assertThat(log.get("d_penalty")).isFinite().isPositive();
            assertThat(log.get("g_loss")).isFinite();
            gan.parts().realBatches().close();
        }

        @Test
        @DisplayName("the sample grid's codes go a class per row: row r is class r mod K")
        void gridRows(@TempDir Path dir) {
            ConditionalLatent latent = new ConditionalLatent(4, LatentPrior.NORMAL, 10);
            SampleGrids grids = new SampleGrids(dir, SHAPE, 0, 12, latent, new RandomStreams(1).torchFresh("g"));
            float[] codes = Tensors.toFloats(grids.codes());
            for (int i = 0; i < 144; i++) {
                int hot = -1;
                for (int k = 0; k < 10; k++) {
                    if (codes[14 * i + 4 + k] == 1f) {
                        hot = k;
                    }
                }
                assertThat(hot).as("image %d (row %d)", i, i / 12).isEqualTo((i / 12) % 10);
            }
        }
    }

    @Nested
    @DisplayName("runs")
    class Runs {

        @Test
        @DisplayName(
                "resume: 3 steps, stop, 3 more give the weights of 6 uninterrupted steps (V, γ/β, EMA) and the same "
                        + "metrics")
        void resumeIsBitExact(@TempDir Path dir) throws Exception {
            Path[] pair = idx(dir, 0);
            RunDirectory whole = RunDirectory.create(dir.resolve("whole"), "w");
            TrainingRun.train(ValidConfig.of(config(pair, 6)), whole, null, false);
            RunDirectory parts = RunDirectory.create(dir.resolve("parts"), "p");
            TrainingRun.train(ValidConfig.of(config(pair, 3)), parts, null, false);
            Resume.prepare(parts.path(), List.of("train.steps=6"), null, false, ResumeTest.quiet())
                    .execute();
            for (String f :
                    List.of("generator.safetensors", "discriminator.safetensors", "generator-ema.safetensors")) {
                ResumeTest.assertSameTensors(whole.file(f), parts.file(f));
            }
            assertThat(SafetensorsReader.open(whole.file("discriminator.safetensors"))
                            .names())
                    .contains("embedding.weight", "embedding.sn_u", "trunk.out.linear.weight");
            assertThat(SafetensorsReader.open(whole.file("generator.safetensors"))
                            .names())
                    .contains("project_norm.gamma", "project_norm.beta", "norm0.bn.running_mean");
            assertThat(Files.readString(parts.file("metrics.jsonl")))
                    .isEqualTo(Files.readString(whole.file("metrics.jsonl")));
            assertThat(whole.file("grid-000006.png")).isRegularFile();
            assertThat(parts.file("interpolation.png")).isRegularFile();
        }

        @Test
        @DisplayName(
                "the saved generator is conditional: a class's samples, the same for the same seed, another class's "
                        + "differ")
        void savedGenerator(@TempDir Path dir) throws Exception {
            RunDirectory run = RunDirectory.create(dir.resolve("run"), "r");
            TrainingRun.train(ValidConfig.of(config(idx(dir, 0), 2, "log.report=false")), run, null, false);
            SavedGenerator g = SavedGenerator.load(run.path(), false);
            assertThat(g.classes()).isEqualTo(10);
            assertThat(g.network().latentDim()).isEqualTo(18);
            float[] three = g.sample(4, 1, 3);
            assertThat(three).hasSize(4 * 784).isEqualTo(g.sample(4, 1, 3));
            assertThat(g.sample(4, 1, 4)).isNotEqualTo(three);
            assertThat(g.sample(4, 1)).hasSize(4 * 784);
            assertThatThrownBy(() -> g.sample(1, 1, 10))
                    .hasMessage("class 10 is not one of this run's classes, 0 to 9");
        }

        @Test
        @DisplayName(
                "an IDX pair whose labels have another number of classes is refused when opened, naming model.classes")
        void classesOfTheFiles(@TempDir Path dir) throws Exception {
            RunConfig c = config(idx(dir, 0), 1, "model.classes=4");
            assertThatThrownBy(() -> TrainingRun.train(
                            ValidConfig.of(c), RunDirectory.create(dir.resolve("r"), "r"), null, false))
                    .isInstanceOf(ConfigException.class)
                    .satisfies(e -> assertThat(((ConfigException) e).violations())
                            .singleElement()
                            .asString()
                            .startsWith("model.classes: IDX ")
                            .endsWith(" has 10 classes, found 4"));
        }
    }
}
