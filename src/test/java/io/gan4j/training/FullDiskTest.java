package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gan4j.config.ValidConfig;
import io.gan4j.files.CannotWrite;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.TorchTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real full disk: a 1 MB tmpfs, which needs root to mount (the test is skipped, saying so, without it). */
@DisplayName("A checkpoint on a full disk")
class FullDiskTest extends TorchTest {

    @TempDir
    Path dir;

    private Path mount;

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString()); // lazily: a checkpoint read above may still be mapped
        }
    }

    @Test
    @DisplayName(
            "fails with a message saying how much space it needed, keeps the previous one and leaves no temporary file")
    void fullDisk() throws Exception {
        Path m = Files.createDirectories(dir.resolve("small"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", m.toString()) == 0;
        Assumptions.assumeTrue(mounted, "needs root to mount a 1 MB tmpfs for a real full disk");
        mount = m;
        Gan gan = GanFactory.toy(ValidConfig.of(GanStepsTest.small("non-saturating")), new RandomStreams(5));
        Path run = m.resolve("run");
        Checkpoint.write(Checkpoint.file(run, 1), gan, new RandomStreams(5), 1, "name: t\n", null);
        long size = Files.size(Checkpoint.file(run, 1));
        long free = Files.getFileStore(m).getUsableSpace();
        Files.write(m.resolve("filler"), new byte[(int) (free - size / 2)]);

        CannotWrite e = catchThrowableOfType(
                () -> Checkpoint.write(Checkpoint.file(run, 2), gan, new RandomStreams(5), 2, "name: t\n", null),
                CannotWrite.class);
        assertThat(e.getMessage())
                .startsWith("cannot write " + Checkpoint.file(run, 2) + ": No space left on device; it needs ")
                .contains(String.format(java.util.Locale.ROOT, "%.1f MB and ", size / 1e6));
        assertThat(e.exitCode()).isEqualTo(1);
        try (Stream<Path> files = Files.list(run.resolve(Checkpoint.DIR))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactly("step-00000001.safetensors");
        }
        assertThat(Checkpoint.read(Checkpoint.file(run, 1)).step()).isEqualTo(1);
    }
}
