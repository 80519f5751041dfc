package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.objectives.EbganMargin;
import io.gan4j.regularisers.PullingAway;
import io.gan4j.reports.Reconstructions;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.TorchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("EBGAN training")
class EbganTest extends TorchTest {

    /** A toy EBGAN-PT on the ring, small networks. */
    static RunConfig toy(String... more) {
        List<String> o = new ArrayList<>(List.of(
                "objective=ebgan-margin",
                "model.discriminator.architecture=autoencoder",
                "model.discriminator.width=16",
                "model.discriminator.depth=2",
                "model.discriminator.code_size=8",
                "model.generator.width=16",
                "data.batch_size=32",
                "regularisers.pulling_away={weight: 0.1}",
                "threads={intra_op: 1, blas: 1}"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml("", "toy ebgan", o);
    }

    static PullingAway pullingAway(Gan gan) {
        return gan.parts().generatorTerms().stream()
                .filter(PullingAway.class::isInstance)
                .map(PullingAway.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Nested
    @DisplayName("steps")
    class Steps {

        @Test
        @DisplayName("the margin comes from objective.margin, and is 10 without it")
        void marginFromTheConfig() {
            assertThat(((EbganMargin) GanFactory.toy(ValidConfig.of(toy("objective.margin=4")), new RandomStreams(1))
                                    .parts()
                                    .objective())
                            .margin())
                    .isEqualTo(4.0);
            assertThat(((EbganMargin) GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(1))
                                    .parts()
                                    .objective())
                            .margin())
                    .isEqualTo(10.0);
            assertThat(pullingAway(GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(1)))
                            .weight())
                    .isEqualTo(0.1);
        }

        @Test
        @DisplayName("D's step leaves G untouched, G's step leaves D untouched")
        void eachStepMovesOnlyItsPlayer() {
            Gan gan = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(2));
            ParameterSnapshot g = ParameterSnapshot.of(gan.generator());
            ParameterSnapshot d = ParameterSnapshot.of(gan.discriminator());
            gan.discriminatorStep(null);
            assertThat(g.unchanged(gan.generator())).isTrue();
            assertThat(d.unchanged(gan.discriminator())).isFalse();
            d = ParameterSnapshot.of(gan.discriminator());
            gan.generatorStep(null);
            assertThat(d.unchanged(gan.discriminator())).isTrue();
            assertThat(g.unchanged(gan.generator())).isFalse();
        }

        @Test
        @DisplayName("a logged step records the pulling-away term, λ·f_PT ∈ [0, λ], apart from G's loss")
        void loggedStep() {
            Gan gan = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(3));
            StepLog log = new StepLog(1);
            gan.discriminatorStep(log);
            gan.generatorStep(log);
            assertThat(log.values().keySet())
                    .containsExactly(
                            "step",
                            "d_loss",
                            "d_grad_norm",
                            "d_real",
                            "d_fake",
                            "g_loss",
                            "g_pulling_away",
                            "g_grad_norm");
            assertThat(log.get("g_pulling_away")).isBetween(0.0, 0.1);
            assertThat(log.get("d_real")).as("a mean energy").isPositive();
        }

        @Test
        @DisplayName("G's step adds the term: with it G moves differently than without (same seed)")
        void generatorStepUsesTheTerm() {
            Gan with = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(4));
            Gan without = GanFactory.toy(ValidConfig.of(toy("regularisers.pulling_away=null")), new RandomStreams(4));
            assertThat(without.parts().generatorTerms()).noneMatch(PullingAway.class::isInstance);
            assertThat(ParameterSnapshot.of(with.generator()).unchanged(without.generator()))
                    .as("same initial G")
                    .isTrue();
            with.generatorStep(null);
            without.generatorStep(null);
            assertThat(ParameterSnapshot.of(with.generator()).unchanged(without.generator()))
                    .isFalse();
        }

        @Test
        @DisplayName("the term is the one of the codes D gives for G's batch: λ·f_PT(Enc(G(z)))")
        void termOfTheCodes() {
            Gan gan = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(5));
            Tensor fake = gan.generator()
                    .forward(gan.latent(
                            32, new org.bytedeco.pytorch.GeneratorOptional(new RandomStreams(6).torch("z"))));
            Tensor codes = gan.discriminator().judge(fake, null).encoding();
            assertThat(codes.shape()).containsExactly(32L, 8L);
            assertThat(value(pullingAway(gan).penalty(codes)))
                    .isCloseTo(0.1 * value(PullingAway.term(codes)), within(1e-7));
        }
    }

    @Nested
    @DisplayName("runs")
    class Runs {

        @Test
        @DisplayName("resume: 3 steps, stop, 3 more give the weights of 6 uninterrupted steps; the report shows "
                + "reconstructions")
        void resumeIsBitExact(@TempDir Path dir) throws Exception {
            Path folder = ResumeTest.folder(dir);
            RunDirectory whole = RunDirectory.create(dir.resolve("whole"), "w");
            TrainingRun.train(ValidConfig.of(images(folder, 6)), whole, null, false);
            RunDirectory parts = RunDirectory.create(dir.resolve("parts"), "p");
            TrainingRun.train(ValidConfig.of(images(folder, 3)), parts, null, false);
            Resume.prepare(parts.path(), List.of("train.steps=6"), null, false, ResumeTest.quiet())
                    .execute();
            for (String f : List.of("generator.safetensors", "discriminator.safetensors")) {
                ResumeTest.assertSameTensors(whole.file(f), parts.file(f));
            }
            assertThat(Files.readString(parts.file("metrics.jsonl")))
                    .isEqualTo(Files.readString(whole.file("metrics.jsonl")));
            assertThat(whole.file(Reconstructions.FILE)).isRegularFile();
            assertThat(parts.file(Reconstructions.FILE)).isRegularFile();
            assertThat(Files.readString(whole.file("report.html")))
                    .contains("Reconstructions by the auto-encoder discriminator");
            assertThat(Files.readString(whole.file("config.yaml")))
                    .contains("objective:\n  name: ebgan-margin\n  margin: 10.0\n");
        }

        @Test
        @DisplayName("ebgan-mnist with tiny widths on the shared MNIST: 30 seeded steps without NaN, the same twice")
        void mnist(@TempDir Path dir) throws Exception {
            Path shared = Path.of("../shared/datasets");
            Assumptions.assumeTrue(
                    Files.isDirectory(shared.resolve("mnist")),
                    shared.toAbsolutePath() + "/mnist not found: skipping the short ebgan-mnist run");
            List<String> o = List.of(
                    "data.root='" + shared.toAbsolutePath() + "'",
                    "data.download=false",
                    "data.batch_size=16",
                    "model.generator.width=8",
                    "model.discriminator.width=8",
                    "model.discriminator.code_size=16",
                    "model.latent_dim=16",
                    "train.steps=30",
                    "log.every=1",
                    "log.grid_every=15",
                    "log.grid_rows=4",
                    "train.checkpoint_every=0",
                    "threads={intra_op: 1, blas: 1}");
            RunConfig c = ConfigReader.fromYaml(Presets.yaml("ebgan-mnist"), "ebgan-mnist", o);
            RunDirectory a = RunDirectory.create(dir.resolve("a"), "a");
            TrainingRun.train(ValidConfig.of(c), a, null, false);
            List<StepLog> logs = MetricsFile.read(a.file("metrics.jsonl"));
            assertThat(logs).hasSize(30);
            for (StepLog l : logs) {
                for (String key : List.of(
                        "d_loss", "g_loss", "g_pulling_away", "d_real", "d_fake", "d_grad_norm", "g_grad_norm")) {
                    assertThat(l.get(key)).as("%s at step %d", key, l.step()).isFinite();
                }
            }
            assertThat(a.file(Reconstructions.FILE)).isRegularFile();
            RunDirectory b = RunDirectory.create(dir.resolve("b"), "b");
            TrainingRun.train(ValidConfig.of(c), b, null, false);
            assertThat(Files.readString(b.file("metrics.jsonl"))).isEqualTo(Files.readString(a.file("metrics.jsonl")));
        }
    }

    /** ebgan-mnist's networks, narrowed, on a folder of 40 random 28×28 grey images, batch 8. */
    static RunConfig images(Path folder, int steps) {
        return ConfigReader.fromYaml(
                Presets.yaml("ebgan-mnist"),
                "ebgan-mnist",
                List.of(
                        "data={dataset: folder, path: '" + folder + "', image_size: 28, channels: 1, batch_size: 8}",
                        "train.steps=" + steps,
                        "model.generator.width=8",
                        "model.discriminator.width=8",
                        "model.discriminator.code_size=8",
                        "model.latent_dim=16",
                        "log.every=1",
                        "log.grid_every=2",
                        "log.grid_rows=2",
                        "train.checkpoint_every=0",
                        "threads={intra_op: 1, blas: 1}"));
    }
}
