package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.config.ValidConfig;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.SafetensorsWriter;
import io.gan4j.torch.TorchTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checkpoints crafted with a valid SHA-256 (so only their contents are wrong), as a hostile or
 * careless tool would write them: each is refused with a message, and resuming falls back.
 */
@DisplayName("A crafted checkpoint with a valid checksum")
class CraftedCheckpointTest extends TorchTest {

    @TempDir
    static Path shared;

    private static Path run;

    @BeforeAll
    static void train() {
        RunDirectory dir = RunDirectory.create(shared.resolve("r"), "r");
        TrainingRun.train(ValidConfig.of(ResumeTest.toy(10, "train.checkpoint_every=5")), dir, null, false);
        run = dir.path();
    }

    /**
     * {@code from} rewritten to {@code to} with entry {@code name} replaced by {@code bytes}, its SHA-256
     * recomputed.
     */
    private static Path rewrite(Path from, Path to, String name, byte[] bytes) {
        SafetensorsReader r = SafetensorsReader.open(from);
        SafetensorsWriter w = new SafetensorsWriter();
        r.metadata().forEach((k, v) -> {
            if (!k.equals("sha256")) {
                w.metadata(k, v);
            }
        });
        w.sha256Metadata("sha256");
        for (String n : r.names()) {
            if (n.equals(name)) {
                w.bytes(n, bytes);
            } else {
                w.tensor(n, r.tensor(n));
            }
        }
        w.write(to, false, null);
        return to;
    }

    private static byte[] state(String step) {
        return ("{\"format\":\"gan4j-checkpoint\",\"version\":1," + step + "\"batches\":10,\"streams\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "state.json with {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"step\":\"ten\",' | has step \"ten\", expected a whole number from 0 to 2147483647",
                "''                 | has step null, expected a whole number from 0 to 2147483647",
                "'\"step\":-5,'     | has step -5, expected a whole number from 0 to 2147483647",
                "'\"step\":2.5,'    | has step 2.5, expected a whole number from 0 to 2147483647",
                "'\"step\":7,'      | says step 7, its header step 10"
            })
    @DisplayName("a state.json whose step is not the checkpoint's whole step count")
    void badStep(String field, String expected, @TempDir Path dir) {
        Path file =
                rewrite(Checkpoint.file(run, 10), dir.resolve("step-00000010.safetensors"), "state.json", state(field));
        assertThatThrownBy(() -> Checkpoint.read(file))
                .isInstanceOf(CheckpointException.class)
                .hasMessage(file + ": its state.json " + expected);
    }

    @Test
    @DisplayName("a garbage optimiser blob is refused when restored, naming the entry")
    void garbageOptimiser(@TempDir Path dir) {
        Path file = rewrite(
                Checkpoint.file(run, 10),
                dir.resolve("step-00000010.safetensors"),
                "optimiser.generator",
                "PK\u0003\u0004 not a zip archive at all".getBytes(StandardCharsets.UTF_8));
        Checkpoint c = Checkpoint.read(file);
        Gan gan = GanFactory.toy(ValidConfig.of(ResumeTest.toy(10)), new io.gan4j.torch.RandomStreams(1));
        assertThatThrownBy(() -> c.restore(gan, new io.gan4j.torch.RandomStreams(1)))
                .isInstanceOf(CheckpointException.class)
                .hasMessageStartingWith(file + ": its optimiser.generator state is unreadable: ");
    }

    @Test
    @DisplayName("resuming moves a crafted newest checkpoint aside and continues from the previous one")
    void resumeFallsBack(@TempDir Path dir) throws java.io.IOException {
        Path copy = dir.resolve("r");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(run)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                java.nio.file.Files.copy(f, copy.resolve(run.relativize(f).toString()));
            }
        }
        Path newest = Checkpoint.file(copy, 10);
        rewrite(newest, newest, "state.json", state("\"step\":\"ten\","));
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        TrainingRun resumed = Resume.prepare(
                copy, List.of("train.steps=12"), null, false, new PrintStream(warnings, true, StandardCharsets.UTF_8));
        assertThat(resumed.fromStep()).isEqualTo(5);
        assertThat(warnings.toString(StandardCharsets.UTF_8)).contains("has step \"ten\"");
    }
}
