package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.files.BadFile;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.TorchTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The divergence guard")
class DivergenceGuardTest extends TorchTest {

    /** The ring with plain SGD at learning rate 3000: finite for a few steps, then D's loss overflows. */
    static RunConfig exploding(String... more) {
        List<String> o = new ArrayList<>(List.of(
                "train.steps=200",
                "model.generator.width=32",
                "model.discriminator.width=32",
                "optimisers={generator: {type: sgd, lr: 3000}, discriminator: {type: sgd, lr: 3000}}",
                "train.checkpoint_every=1",
                "log.every=1",
                "log.eval_every=100",
                "log.snapshots=0",
                "log.report=false",
                "threads={intra_op: 1, blas: 1}"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml(Presets.yaml("gan-ns-ring"), "gan-ns-ring", o);
    }

    private static void poison(org.bytedeco.pytorch.Module m) {
        try (org.bytedeco.pytorch.NoGradGuard guard = new org.bytedeco.pytorch.NoGradGuard()) {
            m.parameters().get(0).fill_(new Scalar(Double.NaN));
        }
    }

    @Test
    @DisplayName("skips the update of a step whose loss is not finite, and names the term")
    void skipsNonFiniteUpdate() {
        Gan gan = GanFactory.toy(ValidConfig.of(GanStepsTest.small("non-saturating")), new RandomStreams(5));
        poison(gan.generator());
        ParameterSnapshot d = ParameterSnapshot.of(gan.discriminator());
        NonFinite bad = gan.discriminatorStep(null);
        assertThat(bad).isNotNull();
        assertThat(bad.player()).isEqualTo(NonFinite.DISCRIMINATOR);
        assertThat(bad.term()).isEqualTo("d_loss");
        assertThat(bad.value()).isNaN();
        // without the guard SGD would write the NaN gradients into D
        assertThat(d.unchanged(gan.discriminator())).isTrue();
        assertThat(Safetensors.firstNonFinite(gan.discriminator())).isNull();
    }

    @Test
    @DisplayName("reports nothing for a finite step, which updates as before")
    void finiteStepUpdates() {
        Gan gan = GanFactory.toy(ValidConfig.of(GanStepsTest.small("non-saturating")), new RandomStreams(5));
        ParameterSnapshot d = ParameterSnapshot.of(gan.discriminator());
        assertThat(gan.discriminatorStep(null)).isNull();
        assertThat(gan.generatorStep(null)).isNull();
        assertThat(d.unchanged(gan.discriminator())).isFalse();
    }

    @Test
    @DisplayName("refuses to write a checkpoint of non-finite weights")
    void noNonFiniteCheckpoint(@TempDir Path dir) {
        Gan gan = GanFactory.toy(ValidConfig.of(GanStepsTest.small("non-saturating")), new RandomStreams(5));
        poison(gan.generator());
        Checkpoints checkpoints = new Checkpoints(dir, 1, 2, "name: t\n", new RandomStreams(5), null);
        checkpoints.onStart(gan, 0, 10);
        TrainingDiverged e = catchThrowableOfType(() -> checkpoints.afterStep(gan, 3, null), TrainingDiverged.class);
        assertThat(e.getMessage())
                .startsWith("training diverged at step 3: the generator's tensor '")
                .contains("holds NaN or ±∞");
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(Checkpoint.list(dir)).isEmpty();
    }

    @Test
    @DisplayName("stops a diverging run, keeps its last good checkpoint and records it in summary.json")
    void stopsDivergingRun(@TempDir Path dir) throws IOException {
        RunDirectory run = RunDirectory.create(dir.resolve("run"), "r");
        TrainingDiverged e = catchThrowableOfType(
                () -> TrainingRun.train(ValidConfig.of(exploding()), run, null, false), TrainingDiverged.class);
        int step = e.step();
        assertThat(step).isBetween(2, 200);
        List<Path> kept = Checkpoint.list(run.path());
        assertThat(kept).first().isEqualTo(Checkpoint.file(run.path(), step - 1));
        assertThat(e.getMessage())
                .contains("training diverged at step " + step + ": the ")
                .contains("(train.nan_patience 0)")
                .contains("The last good checkpoint is " + kept.get(0));
        for (Path file : kept) {
            SafetensorsReader r = SafetensorsReader.open(file);
            for (String name : r.names()) {
                Tensor t = r.tensor(name);
                if (t.is_floating_point()) {
                    assertThat(t.isfinite().all().item_bool())
                            .as(file + " " + name)
                            .isTrue();
                }
            }
        }
        Map<String, Object> summary = Json.mapper()
                .readValue(
                        Files.readString(run.file("summary.json")),
                        new com.fasterxml.jackson.core.type.TypeReference<>() {});
        assertThat(summary)
                .containsEntry("stopped", "diverged")
                .containsEntry("diverged_at", step)
                .containsEntry(
                        "last_good_checkpoint", "checkpoints/" + kept.get(0).getFileName())
                .containsEntry("player", e.nonFinite().player())
                .containsEntry("term", e.nonFinite().term());
        assertThat(Files.exists(run.file("generator.safetensors"))).isFalse();

        // with patience 2 the same run tolerates two more non-finite steps (their updates skipped)
        RunDirectory patient = RunDirectory.create(dir.resolve("patient"), "p");
        TrainingDiverged later = catchThrowableOfType(
                () -> TrainingRun.train(ValidConfig.of(exploding("train.nan_patience=2")), patient, null, false),
                TrainingDiverged.class);
        assertThat(later.step()).isEqualTo(step + 2);
        assertThat(later.getMessage()).contains("(3 steps in a row; train.nan_patience 2)");
    }

    @Test
    @DisplayName("a weights file holding NaN is refused when loaded, naming the tensor")
    void refusesNonFiniteWeights(@TempDir Path dir) {
        Gan gan = GanFactory.toy(ValidConfig.of(GanStepsTest.small("non-saturating")), new RandomStreams(5));
        poison(gan.generator());
        Path file = dir.resolve("g.safetensors");
        Safetensors.save(gan.generator(), Map.of(), file);
        Gan fresh = GanFactory.toy(ValidConfig.of(GanStepsTest.small("non-saturating")), new RandomStreams(6));
        assertThatThrownBy(() -> Safetensors.load(fresh.generator(), file))
                .isInstanceOf(BadFile.class)
                .hasMessageContaining(file + ": tensor '")
                .hasMessageContaining("holds non-finite values");
    }

    @Test
    @DisplayName("the gradient sum is NaN when one gradient entry is, and finite otherwise")
    void gradientSum() {
        Gan gan = GanFactory.toy(ValidConfig.of(GanStepsTest.small("non-saturating")), new RandomStreams(5));
        gan.discriminatorStep(null); // leaves D's gradients in place
        double sum = Gradients.sum(gan.discriminator());
        assertThat(sum).isFinite().isNotZero();
        gan.discriminator().parameters().get(1).grad().narrow(0, 0, 1).fill_(new Scalar(Double.NaN));
        assertThat(Gradients.sum(gan.discriminator())).isNaN();
    }
}
