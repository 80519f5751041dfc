package io.gan4j.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.DataConfig;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.evaluation.Evaluation;
import io.gan4j.evaluation.EvaluationResult;
import io.gan4j.evaluation.FeatureCache;
import io.gan4j.evaluation.Metric;
import io.gan4j.torch.TorchTest;
import io.gan4j.training.Json;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.SavedGenerator;
import io.gan4j.training.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outcome of each model family: a short seeded run, then a quality figure that a broken model
 * would miss. Mechanism tests (a gradient reaches a table, a label reaches D) cannot see a model
 * that trains without doing what its config asked; these can. Each threshold is set well inside
 * what the seeded run reaches (the figure it reached is in each test's comment, measured on the
 * idle machine with {@code mvn -Dtest=ModelOutcomesTest test}), and well outside what a generator
 * that learned nothing reaches: for images, the FID of the same configuration after one step, with
 * the gan4j MNIST classifier's features on 1000 samples against 1000 test images; for the ring,
 * the W1 of the untrained generator (its points sit near the centre, ≈ 2 from a ring of radius 2).
 * Networks are narrowed and runs shortened for the suite's budget: together 239 s on this 2-vCPU
 * machine ({@code mvn -Dtest=ModelOutcomesTest test}), above the 180 s aimed at; the figures each
 * one reached are in its comment.
 */
@DisplayName("Outcomes: a short seeded run of each family does what its config asked")
class ModelOutcomesTest extends TorchTest {

    static final Path SHARED = Path.of("../shared/datasets").toAbsolutePath();
    static final int N = 1000;

    /** The real test images' features, computed once for all the tests. */
    @TempDir
    static Path features;

    static void requireMnist() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED + "/mnist not found: skipping");
    }

    /** {@code preset} for {@code steps} steps with the overrides, no checkpoints or report: its summary. */
    static Map<String, Object> train(Path dir, String preset, int steps, String... overrides) {
        List<String> o =
                new ArrayList<>(List.of("train.steps=" + steps, "train.checkpoint_every=0", "log.report=false"));
        RunConfig base = Presets.config(preset);
        if (base.data().hasImages()) {
            o.add("data.root='" + SHARED + "'");
        }
        o.addAll(List.of(overrides));
        RunConfig config = ConfigReader.fromYaml(Presets.yaml(preset), preset, o);
        return Json.fields(TrainingRun.train(ValidConfig.of(config), RunDirectory.create(dir, preset), null, false));
    }

    /** The run's figures in {@code eval.json}'s layout, against MNIST's test split. */
    static EvaluationResult evaluate(Path run, EnumSet<Metric> metrics) {
        SavedGenerator g = SavedGenerator.load(run, false);
        DataConfig d = g.config().data();
        DataConfig test = new DataConfig(
                d.dataset(),
                d.batchSize(),
                d.root(),
                "test",
                d.imageSize(),
                d.channels(),
                false,
                d.path(),
                d.labels(),
                d.prefetch());
        return Evaluation.ofGenerator(
                g,
                test,
                new Evaluation.Options(
                        metrics, N, 0, 250, "auto", null, null, new FeatureCache(features), null, false));
    }

    static double fid(Path run) {
        return evaluate(run, EnumSet.of(Metric.FID)).metrics().distribution().fid();
    }

    /** FID after {@code steps} and after one step; the trained one must be at most {@code ratio} of the untrained. */
    static void fidDrops(Path dir, String preset, int steps, double ratio, String... overrides) {
        requireMnist();
        train(dir.resolve("one"), preset, 1, overrides);
        train(dir.resolve("trained"), preset, steps, overrides);
        double untrained = fid(dir.resolve("one"));
        double trained = fid(dir.resolve("trained"));
        System.out.printf(
                Locale.ROOT,
                "outcome %s: FID %.2f after 1 step, %.2f after %d (ratio %.3f, threshold %.2f)%n",
                preset,
                untrained,
                trained,
                steps,
                trained / untrained,
                ratio);
        assertThat(trained)
                .as(preset + ": FID after " + steps + " steps against %.2f after one", untrained)
                .isLessThan(ratio * untrained);
    }

    /** The ring run's last W1 and modes; W1 must be below {@code w1} and at least {@code modes} of 8 captured. */
    static void ringLearns(Path dir, String preset, int steps, double w1, int modes, String... overrides) {
        Map<String, Object> summary = train(dir.resolve("run"), preset, steps, overrides);
        double trained = ((Number) summary.get("w1")).doubleValue();
        int captured = ((Number) summary.get("modes_captured")).intValue();
        System.out.printf(
                Locale.ROOT, "outcome %s: W1 %.3f and %d/8 modes after %d steps%n", preset, trained, captured, steps);
        assertThat(trained).as(preset + ": W1 to the ring").isLessThan(w1);
        assertThat(captured).as(preset + ": modes captured").isGreaterThanOrEqualTo(modes);
    }

    @Test
    @DisplayName("DCGAN (non-saturating): FID below half the untrained generator's after 300 steps")
    void dcgan(@TempDir Path dir) {
        // reached 44.6 against 144.2 (ratio 0.31); a G that ignores D's gradient, or a D that cannot tell, stays near 1
        fidDrops(dir, "dcgan-mnist", 300, 0.5, "model.generator.width=32", "model.discriminator.width=32");
    }

    @Test
    @DisplayName("SAGAN (self-attention, spectral norm in G and D, hinge, TTUR): FID below half the untrained's after "
            + "600 steps")
    void sagan(@TempDir Path dir) {
        // batch 32 to halve the cost; reached 46.1 against ≈ 147 (ratio 0.31; 147 at step 300, 86 at 450)
        fidDrops(
                dir,
                "sagan-mnist",
                600,
                0.5,
                "model.generator.width=16",
                "model.discriminator.width=16",
                "data.batch_size=32");
    }

    @Test
    @DisplayName(
            "EBGAN (auto-encoder D, margin, pulling-away): FID below half the untrained generator's after 500 steps")
    void ebgan(@TempDir Path dir) {
        // width 32 and margin m = 1: FID 58.1 at step 300 against ≈ 144 untrained (ratio 0.40; 35.7 at step 400, seed
        // 2:
        // 33.0; 32.7 at 600); 300 steps for the suite's budget. Width 16 is on the edge: after 500 steps 34.0 on
        // oneDNN's wrong convolutions, 160.9 on the
        // reference kernels, 40.2 with the forward passes on checked oneDNN shapes. An energy that does not reach G,
        // or a margin that does not bound D's energy of fakes, stays near the untrained figure. On an AMD EPYC
        // (family 25) whose kernels differ from those of the machine above, 300 steps reached 73.4 (ratio 0.509):
        // 400 steps 66.7 (0.463); 500 steps, for a margin on both
        fidDrops(
                dir,
                "ebgan-mnist",
                500,
                0.5,
                "model.generator.width=32",
                "model.discriminator.width=32",
                "objective.margin=1");
    }

    @Test
    @DisplayName("WGAN with clipping (RMSProp, n_critic 5) on the ring: W1 below 0.6 with at least 6 of 8 modes after "
            + "300 steps")
    void wganClip(@TempDir Path dir) {
        // reached W1 0.29, 7/8; an untrained MLP's points sit near the centre, W1 ≈ 2 from the ring with no mode
        // captured
        ringLearns(dir, "wgan-clip-ring", 300, 0.6, 6, "log.eval_every=100", "log.every=50");
    }

    @Test
    @DisplayName(
            "SNGAN (hinge, spectral norm in D, TTUR) on the ring: W1 below 0.6 with at least 6 of 8 modes after 300 "
                    + "steps")
    void snganHinge(@TempDir Path dir) {
        // reached W1 0.24, 8/8
        ringLearns(dir, "sngan-hinge-ring", 300, 0.6, 6, "log.eval_every=100", "log.every=50");
    }

    @Test
    @DisplayName(
            "WGAN-GP (one-sided penalty, n_critic 5) on the ring: W1 below 0.6 with at least 6 of 8 modes after 250 "
                    + "steps")
    void wganGp(@TempDir Path dir) {
        // reached W1 0.174, 8/8 at 250 steps (0.136 at 400; gan4j bench toy: 8/8 in all 10 seeds at 400). On MNIST
        // the two-sided penalty needs 600 steps of n_critic 5 (FID 143.8 → 76.2), a minute of the suite's budget;
        // its mechanisms (the penalty's closed form, its double backward) are tested in regularisers
        ringLearns(dir, "wgan-gp1-ring", 250, 0.6, 6, "log.eval_every=250", "log.every=50");
    }

    @Test
    @DisplayName("class-conditional DCGAN: over a quarter of the samples are labelled as their asked class after 500 "
            + "steps (chance 10 %)")
    void classConditional(@TempDir Path dir) {
        requireMnist();
        // reached 0.376 at step 500 (0.267 at 400, 0.492 at 600, 0.658 at 800, by gan4j evaluate --metrics
        // class-agreement on the checkpoints); the defect this guards, a G that ignored its class, scored 0.11
        train(
                dir.resolve("run"),
                "dcgan-mnist",
                500,
                "model.classes=10",
                "model.generator.width=32",
                "model.discriminator.width=32");
        double overall = evaluate(dir.resolve("run"), EnumSet.of(Metric.CLASS_AGREEMENT))
                .metrics()
                .classAgreement()
                .overall();
        System.out.printf(Locale.ROOT, "outcome class-conditional: agreement %.3f after 500 steps%n", overall);
        assertThat(overall).as("class agreement (chance 0.1)").isGreaterThan(0.25);
    }

    @Test
    @DisplayName(
            "InfoGAN: its categorical code names the digits of its samples at least three times as often as chance "
                    + "after 600 steps")
    void infogan(@TempDir Path dir) {
        requireMnist();
        Map<String, Object> s = train(
                dir.resolve("run"),
                "infogan-mnist",
                600,
                "model.generator.width=16",
                "model.discriminator.width=16",
                "data.batch_size=64",
                "infogan.accuracy_samples=1000");
        double accuracy = ((Number) s.get("categorical_accuracy_generated")).doubleValue();
        System.out.printf(
                Locale.ROOT,
                "outcome infogan: categorical accuracy %.3f on generated digits after 600 steps%n",
                accuracy);
        // batch 64 (the preset's 128 halved for time); reached 0.640; a code that G ignores (λ·L_I not reaching G)
        // leaves the digit independent of the category:
        // ≈ 0.1 to 0.15 under the best one-to-one mapping of 1000 samples
        assertThat(accuracy).as("categorical accuracy (chance about 0.1)").isGreaterThan(0.3);
    }
}
