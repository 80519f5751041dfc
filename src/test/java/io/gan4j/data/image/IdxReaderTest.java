package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("IdxReader")
class IdxReaderTest {

    @TempDir
    Path dir;

    private static final int[] LABELS = {3, 0, 9};

    private Path images(String name, boolean gzip) {
        byte[] bytes = Fixtures.idxImages(3, 4, 5, Fixtures::pattern);
        return Fixtures.write(dir.resolve(name), gzip ? Fixtures.gzip(bytes) : bytes);
    }

    private Path labels(String name, boolean gzip, int... labels) {
        byte[] bytes = Fixtures.idxLabels(labels);
        return Fixtures.write(dir.resolve(name), gzip ? Fixtures.gzip(bytes) : bytes);
    }

    @Nested
    @DisplayName("reads a generated pair back exactly")
    class ReadsBack {

        private void check(InMemoryImages source) {
            assertThat(source.size()).isEqualTo(3);
            assertThat(source.shape()).isEqualTo("1×4×5");
            assertThat(source.classes()).isEqualTo(10);
            for (int i = 0; i < 3; i++) {
                byte[] image = source.read(i);
                for (int y = 0; y < 4; y++) {
                    for (int x = 0; x < 5; x++) {
                        assertThat(image[y * 5 + x] & 0xff).isEqualTo(Fixtures.pattern(i, y, x));
                    }
                }
                assertThat(source.label(i)).isEqualTo(LABELS[i]);
            }
        }

        @Test
        @DisplayName("plain files")
        void plain() {
            check(IdxReader.read(images("i", false), labels("l", false, LABELS), "tiny"));
        }

        @Test
        @DisplayName("gzip files, recognised by their magic bytes, not their name")
        void gzip() {
            InMemoryImages source =
                    IdxReader.read(images("images.bin", true), labels("labels.idx", true, LABELS), "tiny");
            check(source);
            assertThat(source.description())
                    .isEqualTo("tiny: 3 images, 1×4×5, from "
                            + dir.toAbsolutePath().normalize());
        }

        @Test
        @DisplayName("a plain file named .gz")
        void plainNamedGz() {
            check(IdxReader.read(images("i.gz", false), labels("l.gz", false, LABELS), "tiny"));
        }
    }

    @Nested
    @DisplayName("rejects")
    class Rejects {

        @Test
        @DisplayName("a labels file given as the images file, naming the magic found and expected")
        void wrongMagic() {
            Path labels = labels("l", true, LABELS);
            assertThatThrownBy(() -> IdxReader.read(labels, labels, "tiny"))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessage(labels + ": magic number 0x00000801 found, expected 0x00000803"
                            + " (an IDX file of unsigned-byte images, N × rows × columns)");
        }

        @Test
        @DisplayName("truncated plain image data, naming the file and the offsets")
        void truncatedPlain() {
            byte[] whole = Fixtures.idxImages(3, 4, 5, Fixtures::pattern);
            Path file = Fixtures.write(dir.resolve("t"), Arrays.copyOf(whole, 50));
            assertThatThrownBy(() -> IdxReader.read(file, labels("l", false, LABELS), "tiny"))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessage(
                            file + ": expected 60 bytes of image data from offset 16," + " the file ends at offset 50");
        }

        @Test
        @DisplayName("a cut-short gzip stream, at the offset of its decompressed content")
        void truncatedGzip() {
            byte[] whole = Fixtures.idxImages(400, 28, 28, (i, y, x) -> (i * 7919 + y * 31 + x * x) % 251);
            byte[] gz = Fixtures.gzip(whole);
            Path file = Fixtures.write(dir.resolve("t.gz"), Arrays.copyOf(gz, gz.length / 2));
            assertThatThrownBy(() -> IdxReader.read(file, labels("l", false, LABELS), "tiny"))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessageStartingWith(file + ": expected 313600 bytes of image data from"
                            + " offset 16, the file ends at offset ")
                    .hasMessageEndingWith(" (offsets in its decompressed content)");
        }

        @Test
        @DisplayName("a header cut short")
        void truncatedHeader() {
            Path file = Fixtures.write(dir.resolve("h"), new byte[] {0, 0, 8, 3, 0, 0});
            assertThatThrownBy(() -> IdxReader.read(file, file, "tiny"))
                    .hasMessage(
                            file + ": expected 4 bytes of image count from offset 4," + " the file ends at offset 6");
        }

        @Test
        @DisplayName("counts that disagree, naming both files and both counts")
        void mismatchedCounts() {
            Path images = images("i", false);
            Path labels = labels("l", false, 1, 2);
            assertThatThrownBy(() -> IdxReader.read(images, labels, "tiny"))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessage(images + " holds 3 images but " + labels + " holds 2 labels");
        }

        @Test
        @DisplayName("data past what the header declares")
        void trailing() {
            byte[] whole = Fixtures.idxImages(3, 4, 5, Fixtures::pattern);
            Path file = Fixtures.write(dir.resolve("x"), Fixtures.concat(whole, new byte[] {7}));
            assertThatThrownBy(() -> IdxReader.read(file, labels("l", false, LABELS), "tiny"))
                    .hasMessage(file + ": unexpected data after offset 76" + " (the header declares 3 images of 4×5)");
        }
    }

    @Test
    @DisplayName("reads a header alone")
    void header() {
        IdxHeader header = IdxHeader.ofImages(images("i", true));
        assertThat(header.count()).isEqualTo(3);
        assertThat(header.rows()).isEqualTo(4);
        assertThat(header.columns()).isEqualTo(5);
        assertThat(IdxHeader.ofLabels(labels("l", true, LABELS)).count()).isEqualTo(3);
    }
}
