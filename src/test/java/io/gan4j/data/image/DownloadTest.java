package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Download")
class DownloadTest {

    @TempDir
    Path dir;

    private final FixtureServer server = new FixtureServer();
    private final Download download = new Download(Duration.ofSeconds(10));

    static final byte[] DATA = new byte[300_001];

    static {
        new SplittableRandom(5).nextBytes(DATA);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static Checksum md5(byte[] bytes) {
        return Checksum.md5(digest("MD5", bytes));
    }

    private Path part(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    @Test
    @DisplayName("a good download: the file is there, its bytes right, no .part left")
    void good() throws IOException {
        server.serve("/d/x.bin", DATA);
        Path target = dir.resolve("x.bin");
        List<long[]> updates = new ArrayList<>();
        download.fetch(
                server.url("/d/x.bin"),
                target,
                Checksum.sha256(digest("SHA-256", DATA)),
                (name, bytes, total) -> updates.add(new long[] {bytes, total}));
        assertThat(Files.readAllBytes(target)).isEqualTo(DATA);
        assertThat(part(target)).doesNotExist();
        assertThat(updates.get(updates.size() - 1)).containsExactly(DATA.length, DATA.length);
        assertThat(server.ranges()).containsExactly("none");
    }

    @Test
    @DisplayName("an existing file is not downloaded again")
    void existing() throws IOException {
        Path target = Files.write(dir.resolve("x.bin"), new byte[] {1});
        download.fetch(server.url("/d/x.bin"), target, md5(DATA), DownloadProgress.silent());
        assertThat(server.paths()).isEmpty();
    }

    @Test
    @DisplayName("a wrong checksum: an error naming file, URL and both digests; nothing left behind")
    void wrongChecksum() {
        server.serve("/d/x.bin", DATA);
        Path target = dir.resolve("x.bin");
        String wrong = "0123456789abcdef0123456789abcdef";
        String url = server.url("/d/x.bin");
        assertThatThrownBy(() -> download.fetch(url, target, Checksum.md5(wrong), DownloadProgress.silent()))
                .isInstanceOf(ImageDataException.class)
                .hasMessage(target + ": checksum mismatch for " + url + ": expected MD5 " + wrong + ", found "
                        + digest("MD5", DATA) + "; the download was deleted");
        assertThat(target).doesNotExist();
        assertThat(part(target)).doesNotExist();
    }

    @Nested
    @DisplayName("an interrupted download")
    class Interrupted {

        @Test
        @DisplayName("keeps the half received, then resumes with Range: bytes=<half>-")
        void resumes() throws IOException {
            server.serve("/d/x.bin", DATA).cutFirstAtHalf("/d/x.bin");
            Path target = dir.resolve("x.bin");
            String url = server.url("/d/x.bin");
            int half = DATA.length / 2;
            assertThatThrownBy(() -> download.fetch(url, target, md5(DATA), DownloadProgress.silent()))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessageStartingWith("GET " + url + " failed: ")
                    .hasMessageEndingWith("; " + part(target) + " keeps the " + half
                            + " bytes received and the next attempt resumes from there");
            assertThat(target).doesNotExist();
            assertThat(Files.size(part(target))).isEqualTo(half);

            List<long[]> updates = new ArrayList<>();
            download.fetch(url, target, md5(DATA), (name, bytes, total) -> updates.add(new long[] {bytes, total}));
            assertThat(server.ranges()).containsExactly("none", "bytes=" + half + "-");
            assertThat(Files.readAllBytes(target)).isEqualTo(DATA);
            assertThat(part(target)).doesNotExist();
            assertThat(updates.get(0)[0]).isGreaterThan(half);
            assertThat(updates.get(0)[1]).isEqualTo(DATA.length);
        }

        @Test
        @DisplayName("a complete .part (the server answers 416) is verified and renamed")
        void completePart() throws IOException {
            server.serve("/d/x.bin", DATA);
            Path target = dir.resolve("x.bin");
            Files.write(part(target), DATA);
            download.fetch(server.url("/d/x.bin"), target, md5(DATA), DownloadProgress.silent());
            assertThat(server.ranges()).containsExactly("bytes=" + DATA.length + "-");
            assertThat(Files.readAllBytes(target)).isEqualTo(DATA);
        }

        @Test
        @DisplayName("a server that ignores Range (200) restarts from the start")
        void restart() throws IOException {
            server.serve("/d/x.bin", DATA).ignoreRange();
            Path target = dir.resolve("x.bin");
            Files.write(part(target), new byte[] {9, 9, 9}); // not a prefix of DATA
            download.fetch(server.url("/d/x.bin"), target, md5(DATA), DownloadProgress.silent());
            assertThat(server.ranges()).containsExactly("bytes=3-");
            assertThat(Files.readAllBytes(target)).isEqualTo(DATA);
        }
    }

    @Test
    @DisplayName("a 404 names the URL and the status")
    void notFound() {
        String url = server.url("/d/missing.bin");
        Path target = dir.resolve("missing.bin");
        assertThatThrownBy(() -> download.fetch(url, target, md5(DATA), DownloadProgress.silent()))
                .isInstanceOf(ImageDataException.class)
                .hasMessage("GET " + url + ": HTTP status 404 (not found)");
        assertThat(target).doesNotExist();
        assertThat(part(target)).doesNotExist();
    }

    @Test
    @DisplayName("a server too slow to answer: an error naming the URL and the timeout")
    void timeout() {
        server.serve("/d/x.bin", DATA).delay(1500);
        String url = server.url("/d/x.bin");
        Download impatient = new Download(Duration.ofMillis(250));
        assertThatThrownBy(() -> impatient.fetch(url, dir.resolve("x.bin"), md5(DATA), DownloadProgress.silent()))
                .isInstanceOf(ImageDataException.class)
                .hasMessage("GET " + url + ": no response within 0.25 s");
    }

    @Test
    @DisplayName("a refused connection names the URL")
    void refused() {
        String url = server.url("/d/x.bin");
        server.close();
        assertThatThrownBy(() -> download.fetch(url, dir.resolve("x.bin"), md5(DATA), DownloadProgress.silent()))
                .isInstanceOf(ImageDataException.class)
                .hasMessage("GET " + url + ": cannot connect (connection refused)");
    }

    @Nested
    @DisplayName("the text progress bar")
    class Bar {

        @Test
        @DisplayName("draws name, bar, percent and megabytes")
        void line() {
            assertThat(TextProgressBar.line("x.gz", 4_000_000, 10_000_000))
                    .isEqualTo("x.gz [#########---------------]  40%  4.0 / 10.0 MB");
            assertThat(TextProgressBar.line("x.gz", 1_500_000, -1)).isEqualTo("x.gz  1.5 MB");
        }

        @Test
        @DisplayName("not interactive: one line per 10 %, then the verified line")
        void lines() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DownloadProgress bar =
                    DownloadProgress.textBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
            for (int b = 0; b <= 1000; b += 25) {
                bar.update("x.gz", b, 1000);
            }
            bar.finished("x.gz", 1000);
            String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
            assertThat(lines).hasSize(12);
            assertThat(lines[0]).contains("  0%");
            assertThat(lines[10]).contains("100%");
            assertThat(lines[11]).endsWith("verified");
        }

        @Test
        @DisplayName("interactive: redrawn in place with \\r")
        void interactive() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DownloadProgress bar = DownloadProgress.textBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
            bar.update("x.gz", 10, 100);
            bar.update("x.gz", 20, 100);
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertThat(out).startsWith("\rx.gz [##").doesNotContain("\n");
            assertThat(out.split("\r")).hasSize(3);
        }
    }
}
