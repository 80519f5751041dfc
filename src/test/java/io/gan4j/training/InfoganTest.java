package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.networks.InfoganDiscriminator;
import io.gan4j.regularisers.MutualInformation;
import io.gan4j.reports.Traversals;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.TorchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("InfoGAN training")
class InfoganTest extends TorchTest {

    /** A toy InfoGAN on the ring: z of 2, a Cat(4) and one continuous code, small MLPs. */
    static RunConfig toy(String... more) {
        List<String> o = new ArrayList<>(List.of(
                "infogan={categorical: [4], continuous: 1, q_width: 16}",
                "model.generator.width=32",
                "model.discriminator.width=32",
                "model.discriminator.depth=2",
                "model.generator.depth=2",
                "data.batch_size=64",
                "threads={intra_op: 1, blas: 1}"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml("", "toy infogan", o);
    }

    @Nested
    @DisplayName("steps")
    class Steps {

        @Test
        @DisplayName("G takes z and the codes, 2 + 4 + 1 values; D carries Q, 4 logits and 1 mean")
        void parts() {
            Gan gan = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(1));
            assertThat(gan.generator().latentDim()).isEqualTo(7);
            assertThat(gan.discriminator()).isInstanceOf(InfoganDiscriminator.class);
            assertThat(((InfoganDiscriminator) gan.discriminator()).q().outputs())
                    .isEqualTo(5L);
            assertThat(gan.parts().mutualInformation().posteriorSize()).isEqualTo(5);
            assertThat(gan.latent(3, new org.bytedeco.pytorch.GeneratorOptional(new RandomStreams(2).torch("z")))
                            .shape())
                    .containsExactly(3L, 7L);
        }

        @Test
        @DisplayName("D's step moves D and Q and leaves G untouched; G's step moves G and leaves D and Q untouched")
        void eachStepMovesOnlyItsPlayer() {
            Gan gan = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(2));
            InfoganDiscriminator d = (InfoganDiscriminator) gan.discriminator();
            ParameterSnapshot g = ParameterSnapshot.of(gan.generator());
            ParameterSnapshot trunk = ParameterSnapshot.of(d.trunk());
            ParameterSnapshot q = ParameterSnapshot.of(d.q());
            gan.discriminatorStep(null);
            assertThat(g.unchanged(gan.generator())).isTrue();
            assertThat(trunk.unchanged(d.trunk())).isFalse();
            assertThat(q.unchanged(d.q())).as("Q is trained with D's optimiser").isFalse();
            trunk = ParameterSnapshot.of(d.trunk());
            q = ParameterSnapshot.of(d.q());
            gan.generatorStep(null);
            assertThat(trunk.unchanged(d.trunk())).isTrue();
            assertThat(q.unchanged(d.q())).isTrue();
            assertThat(g.unchanged(gan.generator())).isFalse();
        }

        @Test
        @DisplayName("λ reaches both players: the same seed with another λ moves D (with Q) and G differently")
        void theTermIsInBothLosses() {
            Gan one = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(3));
            Gan other = GanFactory.toy(
                    ValidConfig.of(toy("infogan.categorical_weight=5", "infogan.continuous_weight=5")),
                    new RandomStreams(3));
            assertThat(ParameterSnapshot.of(one.discriminator()).unchanged(other.discriminator()))
                    .as("same initial D")
                    .isTrue();
            one.discriminatorStep(null);
            other.discriminatorStep(null);
            assertThat(ParameterSnapshot.of(one.discriminator()).unchanged(other.discriminator()))
                    .isFalse();
            Gan g1 = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(4));
            Gan g2 = GanFactory.toy(ValidConfig.of(toy("infogan.categorical_weight=5")), new RandomStreams(4));
            g1.generatorStep(null);
            g2.generatorStep(null);
            assertThat(ParameterSnapshot.of(g1.generator()).unchanged(g2.generator()))
                    .isFalse();
        }

        @Test
        @DisplayName("a logged step records the bounds and each player's −λ·L_I apart from its loss; the categorical "
                + "bound is at "
                + "most ln 4")
        void loggedStep() {
            Gan gan = GanFactory.toy(ValidConfig.of(toy()), new RandomStreams(5));
            StepLog log = new StepLog(1);
            gan.discriminatorStep(log);
            gan.generatorStep(log);
            assertThat(log.values().keySet())
                    .containsExactly(
                            "step",
                            "d_loss",
                            "d_mutual_information",
                            "d_grad_norm",
                            "d_real",
                            "d_fake",
                            "g_loss",
                            "g_mutual_information",
                            "mi_bound",
                            "mi_bound_continuous",
                            "g_grad_norm");
            MutualInformation mi = gan.parts().mutualInformation();
            assertThat(log.get("g_mutual_information"))
                    .as("−λ_cat·L_cat − λ_cont·L_cont")
                    .isCloseTo(
                            -mi.categoricalWeight() * log.get("mi_bound")
                                    - mi.continuousWeight() * log.get("mi_bound_continuous"),
                            within(1e-6));
            assertThat(log.get("mi_bound")).isBetween(-10.0, Math.log(4) + 1e-6);
            assertThat(log.get("mi_bound_continuous")).isLessThan(Math.log(2) - 0.5 * Math.log(2 * Math.PI) + 1e-6);
        }

        @Test
        @DisplayName("training raises the bounds: 300 seeded toy steps (Adam 1e-3) take the categorical one from ≈ 0 "
                + "past 1 of ln 4")
        void qLearnsTheCode(@TempDir Path dir) {
            RunDirectory run = RunDirectory.create(dir.resolve("toy"), "t");
            TrainingRun.train(
                    ValidConfig.of(toy(
                            "train.steps=300",
                            "log.every=25",
                            "log.eval_every=300",
                            "log.snapshots=0",
                            "log.eval_samples=200",
                            "log.w1_samples=50",
                            "train.checkpoint_every=0",
                            "optimisers={generator: {lr: 1.0e-3}, discriminator: {lr: 1.0e-3}}")),
                    run,
                    null,
                    false);
            List<StepLog> logs = MetricsFile.read(run.file("metrics.jsonl"));
            StepLog first = logs.get(0);
            StepLog last = logs.get(logs.size() - 1);
            assertThat(first.get("mi_bound")).isLessThan(0.5);
            assertThat(last.get("mi_bound")).isGreaterThan(1.0).isLessThanOrEqualTo(Math.log(4) + 1e-6);
            assertThat(last.get("mi_bound_continuous")).isGreaterThan(first.get("mi_bound_continuous"));
        }
    }

    @Nested
    @DisplayName("runs")
    class Runs {

        @Test
        @DisplayName("resume: 3 steps, stop, 3 more give the weights of 6 uninterrupted steps, Q's too; traversals in "
                + "the report")
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
            assertThat(io.gan4j.torch.SafetensorsReader.open(whole.file("discriminator.safetensors"))
                            .names())
                    .contains("q.fc.linear.weight", "q.out.linear.weight", "trunk.dense.linear.weight");
            assertThat(Files.readString(parts.file("metrics.jsonl")))
                    .isEqualTo(Files.readString(whole.file("metrics.jsonl")));
            for (String png : List.of(
                    Traversals.CATEGORICAL,
                    "traversal-continuous-1.png",
                    "traversal-continuous-2.png",
                    "mutual-information.png")) {
                assertThat(whole.file(png)).as(png).isRegularFile();
                assertThat(parts.file(png)).as(png).isRegularFile();
            }
            String report = Files.readString(whole.file("report.html"));
            assertThat(report)
                    .contains("Each picture varies one code", "traversal-continuous-2.png", "mutual-information.png");
        }

        @Test
        @DisplayName("infogan-mnist with tiny widths on the shared MNIST: 30 seeded steps, the bound logged, both "
                + "accuracies")
        void mnist(@TempDir Path dir) throws Exception {
            Path shared = Path.of("../shared/datasets");
            Assumptions.assumeTrue(
                    Files.isDirectory(shared.resolve("mnist")),
                    shared.toAbsolutePath() + "/mnist not found: skipping the short infogan-mnist run");
            List<String> o = List.of(
                    "data.root='" + shared.toAbsolutePath() + "'",
                    "data.download=false",
                    "data.batch_size=16",
                    "model.generator.width=8",
                    "model.discriminator.width=8",
                    "model.generator.dense=32",
                    "model.discriminator.dense=32",
                    "infogan.q_width=16",
                    "infogan.accuracy_samples=200",
                    "train.steps=30",
                    "log.every=1",
                    "log.grid_every=15",
                    "log.grid_rows=4",
                    "train.checkpoint_every=0",
                    "threads={intra_op: 1, blas: 1}");
            RunConfig c = ConfigReader.fromYaml(Presets.yaml("infogan-mnist"), "infogan-mnist", o);
            RunDirectory a = RunDirectory.create(dir.resolve("a"), "a");
            Map<String, Object> summary = Json.fields(TrainingRun.train(ValidConfig.of(c), a, null, false));
            List<StepLog> logs = MetricsFile.read(a.file("metrics.jsonl"));
            assertThat(logs).hasSize(30);
            for (StepLog l : logs) {
                for (String key :
                        List.of("d_loss", "g_loss", "mi_bound", "mi_bound_continuous", "d_grad_norm", "g_grad_norm")) {
                    assertThat(l.get(key)).as("%s at step %d", key, l.step()).isFinite();
                }
                assertThat(l.get("mi_bound")).isLessThanOrEqualTo(Math.log(10) + 1e-6);
            }
            for (String key : List.of("categorical_accuracy_generated", "categorical_accuracy_real")) {
                // the best of the 10! one-to-one mappings matches at least the mean over them: a tenth of the samples
                assertThat((Double) summary.get(key)).as(key).isBetween(0.1, 1.0);
            }
            int[] mapping = Arrays.stream(((String) summary.get("categorical_mapping_real")).split(" "))
                    .mapToInt(Integer::parseInt)
                    .sorted()
                    .toArray();
            assertThat(mapping).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(Files.readString(a.file("summary.json")))
                    .contains("\"categorical_accuracy_generated\"", "\"categorical_accuracy_real\"", "\"mi_bound\"");
            assertThat(a.file(Traversals.CATEGORICAL)).isRegularFile();
            assertThat(a.file("traversal-continuous-2.png")).isRegularFile();
            assertThat(SavedGenerator.load(a.path(), false).sample(3, 1)).hasSize(3 * 784);
            RunDirectory b = RunDirectory.create(dir.resolve("b"), "b");
            Map<String, Object> again = Json.fields(TrainingRun.train(ValidConfig.of(c), b, null, false));
            assertThat(Files.readString(b.file("metrics.jsonl"))).isEqualTo(Files.readString(a.file("metrics.jsonl")));
            assertThat(again.get("categorical_accuracy_real")).isEqualTo(summary.get("categorical_accuracy_real"));
            assertThat(again.get("categorical_accuracy_generated"))
                    .isEqualTo(summary.get("categorical_accuracy_generated"));
        }
    }

    /** infogan-mnist's networks, narrowed, on a folder of 40 random 28×28 grey images, batch 8. */
    static RunConfig images(Path folder, int steps) {
        return ConfigReader.fromYaml(
                Presets.yaml("infogan-mnist"),
                "infogan-mnist",
                List.of(
                        "data={dataset: folder, path: '" + folder + "', image_size: 28, channels: 1, batch_size: 8}",
                        "train.steps=" + steps,
                        "model.generator.width=8",
                        "model.discriminator.width=8",
                        "model.generator.dense=16",
                        "model.discriminator.dense=16",
                        "infogan.q_width=8",
                        "model.latent_dim=8",
                        "log.every=1",
                        "log.grid_every=2",
                        "log.grid_rows=2",
                        "train.checkpoint_every=0",
                        "threads={intra_op: 1, blas: 1}"));
    }
}
