package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gan4j.torch.TorchTest;
import io.gan4j.training.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j evaluate")
class EvaluateCommandTest extends TorchTest {

    static final Path SHARED = Path.of("../shared/datasets").toAbsolutePath();

    @Test
    @DisplayName("compares two real splits into eval.json and prints the table")
    void twoSplits(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED + "/mnist not found: skipping");
        CliTest.Outcome o = CliTest.run(
                "evaluate",
                "--real",
                "mnist-train",
                "--real",
                "mnist-test",
                "--n",
                "1000",
                "--metrics",
                "fid,is,pr,dc",
                "--data-root",
                SHARED.toString(),
                "--out",
                dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("compared:  mnist test (1000 of 10000 images)", "fid", "precision", "eval: ");
        JsonNode eval = Json.mapper().readTree(dir.resolve("eval.json").toFile());
        assertThat(eval.at("/metrics/fid").asDouble()).isPositive();
        assertThat(eval.at("/metrics/is/splits").asInt()).isEqualTo(10);
        assertThat(eval.at("/protocol/extractor").asText()).isEqualTo("mnist-cnn");
        assertThat(eval.at("/protocol/n_compared").asInt()).isEqualTo(1000);
    }

    @Test
    @DisplayName("usage errors exit with 2 and name the value")
    void usageErrors(@TempDir Path dir) {
        CliTest.Outcome none = CliTest.run("evaluate");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("give RUN_DIR (or a checkpoint), or --real NAME --real NAME");
        CliTest.Outcome metric =
                CliTest.run("evaluate", "--real", "mnist-train", "--real", "mnist-test", "--metrics", "fid,fad");
        assertThat(metric.code()).isEqualTo(2);
        assertThat(metric.err())
                .contains("--metrics: unknown metric 'fad'; known: fid, kid, is, pr, dc, modes, class-agreement");
        CliTest.Outcome name = CliTest.run("evaluate", "--real", "mnist-val", "--real", "mnist-test");
        assertThat(name.code()).isEqualTo(2);
        assertThat(name.err()).contains("'mnist-val': mnist has the splits train, test");
        CliTest.Outcome notRun = CliTest.run("evaluate", dir.toString());
        assertThat(notRun.code()).isEqualTo(2);
        assertThat(notRun.err()).contains("is neither a gan4j run directory nor a checkpoint file");
    }

    @Test
    @DisplayName("scores a checkpoint file into its run directory, and refuses a toy run with the reason")
    void checkpointAndToyRun(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED + "/mnist not found: skipping");
        Path run = dir.resolve("run");
        CliTest.Outcome train = CliTest.run(
                "train",
                "dcgan-mnist",
                "--out",
                run.toString(),
                "--quiet",
                "--set",
                "data.root='" + SHARED + "'",
                "--set",
                "train.steps=4",
                "--set",
                "train.checkpoint_every=2",
                "--set",
                "data.batch_size=16",
                "--set",
                "model.generator.width=8",
                "--set",
                "model.discriminator.width=8",
                "--set",
                "log.report=false");
        assertThat(train.code()).as(train.err()).isZero();
        Path checkpoint = run.resolve("checkpoints").resolve("step-00000002.safetensors");
        assertThat(checkpoint).isRegularFile();
        CliTest.Outcome o = CliTest.run(
                "evaluate",
                checkpoint.toString(),
                "--n",
                "300",
                "--metrics",
                "fid,is",
                "--data-root",
                SHARED.toString());
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode eval = Json.mapper().readTree(run.resolve("eval.json").toFile());
        assertThat(eval.at("/compared").asText()).contains("step-00000002.safetensors");
        assertThat(eval.at("/metrics/fid").asDouble()).isGreaterThan(20);
        assertThat(eval.at("/protocol/n_compared").asInt()).isEqualTo(300);
        CliTest.Outcome unconditional = CliTest.run(
                "evaluate",
                run.toString(),
                "--n",
                "100",
                "--metrics",
                "class-agreement",
                "--data-root",
                SHARED.toString());
        assertThat(unconditional.code()).isEqualTo(2);
        assertThat(unconditional.err())
                .contains("class-agreement measures a class-conditional generator (model.classes > 0); ")
                .contains("is unconditional")
                .doesNotContain("Exception");

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
                                "log.report=false")
                        .code())
                .isZero();
        CliTest.Outcome refused = CliTest.run("evaluate", toy.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("a toy run's samples are points");
    }

    static final Path FASHION = Path.of("/usr/share/datasets");

    @Test
    @DisplayName("Fashion-MNIST is measured with its own classifier; IS with the digit classifier is refused naming "
            + "both, FID with it warns")
    void fashionDomain(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(FASHION.resolve("fashion-mnist")),
                FASHION + "/fashion-mnist not found " + "(apt-get install dataset-fashion-mnist): skipping");
        CliTest.Outcome own = CliTest.run(
                "evaluate",
                "--real",
                "fashion-mnist-train",
                "--real",
                "fashion-mnist-test",
                "--n",
                "1000",
                "--metrics",
                "fid,is",
                "--data-root",
                FASHION.toString(),
                "--out",
                dir.toString());
        assertThat(own.code()).as(own.err()).isZero();
        JsonNode eval = Json.mapper().readTree(dir.resolve("eval.json").toFile());
        assertThat(eval.at("/protocol/extractor").asText()).isEqualTo("fashion-mnist-cnn");
        assertThat(eval.has("warnings")).isFalse();
        // real clothes under their own classifier: 10 classes, nearly balanced and confidently labelled → IS near 10
        // (the
        // digit classifier gave 2.73 here); 8 leaves a margin for the classifier's 7 % errors
        assertThat(eval.at("/metrics/is/mean").asDouble()).isGreaterThan(8.0);

        CliTest.Outcome is = CliTest.run(
                "evaluate",
                "--real",
                "fashion-mnist-train",
                "--real",
                "fashion-mnist-test",
                "--n",
                "200",
                "--metrics",
                "is",
                "--extractor",
                "mnist-cnn",
                "--data-root",
                FASHION.toString(),
                "--out",
                dir.toString());
        assertThat(is.code()).isEqualTo(2);
        assertThat(is.err())
                .contains("is with mnist-cnn (trained on mnist) on fashion-mnist images would be a figure of the "
                        + "extractor")
                .doesNotContain("Exception");

        CliTest.Outcome fid = CliTest.run(
                "evaluate",
                "--real",
                "fashion-mnist-train",
                "--real",
                "fashion-mnist-test",
                "--n",
                "200",
                "--metrics",
                "fid",
                "--extractor",
                "mnist-cnn",
                "--data-root",
                FASHION.toString(),
                "--out",
                dir.toString());
        assertThat(fid.code()).as(fid.err()).isZero();
        assertThat(fid.out()).contains("warning: mnist-cnn was trained on mnist, not on fashion-mnist");
        assertThat(Json.mapper()
                        .readTree(dir.resolve("eval.json").toFile())
                        .at("/warnings/0")
                        .asText())
                .contains("mnist-cnn was trained on mnist");
    }
}
