package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("TarGzArchive")
class TarGzArchiveTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("extracts regular files into their folders, leaving no temporary file")
    void extracts() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cifar-10-batches-bin/data_batch_1.bin", new byte[] {1, 2, 3});
        entries.put("cifar-10-batches-bin/readme.html", "<p>hi</p>".getBytes());
        Path archive = Fixtures.write(dir.resolve("a.tar.gz"), TarGz.of(entries));
        Path into = dir.resolve("cifar10");
        assertThat(TarGzArchive.extract(archive, into))
                .containsExactly(
                        into.resolve("cifar-10-batches-bin/data_batch_1.bin").toAbsolutePath(),
                        into.resolve("cifar-10-batches-bin/readme.html").toAbsolutePath());
        assertThat(Files.readAllBytes(into.resolve("cifar-10-batches-bin/data_batch_1.bin")))
                .containsExactly(1, 2, 3);
        try (Stream<Path> files = Files.list(into.resolve("cifar-10-batches-bin"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("data_batch_1.bin", "readme.html");
        }
    }

    @Test
    @DisplayName("refuses an entry that would land outside the folder")
    void escape() {
        Path archive = Fixtures.write(dir.resolve("evil.tar.gz"), TarGz.of(Map.of("../outside.txt", new byte[] {1})));
        Path into = dir.resolve("x");
        assertThatThrownBy(() -> TarGzArchive.extract(archive, into))
                .isInstanceOf(ImageDataException.class)
                .hasMessage(archive + ": entry '../outside.txt' would be written outside " + into.toAbsolutePath());
        assertThat(dir.resolve("outside.txt")).doesNotExist();
    }

    @Test
    @DisplayName("names a corrupt archive")
    void corrupt() {
        Path archive = Fixtures.write(dir.resolve("bad.tar.gz"), new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> TarGzArchive.extract(archive, dir))
                .isInstanceOf(ImageDataException.class)
                .hasMessageStartingWith("cannot extract " + archive + " into " + dir + ": ");
    }
}
