package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gan4j.training.Checkpoint;
import io.gan4j.training.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SIGTERM (or Ctrl-C) during gan4j train")
class StopSignalTest {

    @Test
    @DisplayName(
            "stops after the step in flight, writes a checkpoint and the summary, and --resume continues from there")
    void stopsWithACheckpoint(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        List<String> cmd = List.of(
                System.getProperty("java.home") + "/bin/java",
                "-cp",
                System.getProperty("java.class.path"),
                Gan4j.class.getName(),
                "train",
                "gan-ns-ring",
                "--out",
                run.toString(),
                "--quiet",
                "--threads",
                "1",
                "--set",
                "train.steps=100000",
                "--set",
                "log.every=10",
                "--set",
                "log.eval_every=100000",
                "--set",
                "train.checkpoint_every=0",
                "--set",
                "log.report=false",
                "--set",
                "model.generator.width=32",
                "--set",
                "model.discriminator.width=32");
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile())
                .start();
        Path metrics = run.resolve("metrics.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive()
                && System.nanoTime() < deadline
                && (!Files.exists(metrics) || Files.readAllLines(metrics).size() < 3)) {
            Thread.sleep(50);
        }
        p.destroy();
        assertThat(p.waitFor(120, TimeUnit.SECONDS))
                .as("the JVM exits after the stop")
                .isTrue();
        String log = Files.readString(dir.resolve("out.log"));
        assertThat(log)
                .contains(
                        "stopping after the current step and writing a checkpoint",
                        "(stopped early: resume to continue)");
        JsonNode summary = Json.mapper().readTree(run.resolve("summary.json").toFile());
        int stopped = summary.get("stopped_at").asInt();
        assertThat(stopped).isGreaterThanOrEqualTo(30).isLessThan(100_000);
        assertThat(Checkpoint.list(run)).singleElement().isEqualTo(Checkpoint.file(run, stopped));
        assertThat(Checkpoint.read(Checkpoint.file(run, stopped)).step()).isEqualTo(stopped);

        CliTest.Outcome resumed =
                CliTest.run("train", "--resume", run.toString(), "--quiet", "--set", "train.steps=" + (stopped + 5));
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("resuming gan-ns-ring at step " + stopped);
    }
}
