package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.torch.TorchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j train, then gan4j sample")
class SampleCommandTest extends TorchTest {

    @Test
    @DisplayName("writes N points from the saved generator, the same for the same seed")
    void samplesFromTheSavedGenerator(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        CliTest.Outcome trained = CliTest.run(
                "train",
                "gan-ns-ring",
                "--out",
                run.toString(),
                "--quiet",
                "--set",
                "train.steps=10",
                "--set",
                "log.every=5",
                "--set",
                "log.eval_every=5",
                "--set",
                "log.snapshots=0");
        assertThat(trained.code()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("modes captured", "report: " + run.resolve("report.html"));

        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        assertThat(CliTest.run("sample", run.toString(), "--n", "50", "--out", a.toString())
                        .code())
                .isZero();
        assertThat(CliTest.run("sample", run.toString(), "--n", "50", "--out", b.toString())
                        .code())
                .isZero();
        assertThat(CliTest.run("sample", run.toString(), "--n", "50", "--out", c.toString(), "--seed", "3")
                        .code())
                .isZero();
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(50).allSatisfy(l -> assertThat(l).matches("-?[0-9.e+-]+,-?[0-9.e+-]+"));
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
        assertThat(Files.readString(c)).isNotEqualTo(Files.readString(a));
    }
}
