package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Stl10Reader")
class Stl10ReaderTest {

    @TempDir
    Path dir;

    /** The value of image i, channel c, row y, column x. */
    static int pixel(int i, int c, int y, int x) {
        return (i * 3 + c * 50 + y + 7 * x) & 0xff;
    }

    /** n images stored as STL-10 stores them: each channel column after column. */
    static byte[] columnMajor(int n) {
        byte[] bytes = new byte[n * Stl10Reader.IMAGE_BYTES];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                for (int x = 0; x < 96; x++) {
                    for (int y = 0; y < 96; y++) {
                        bytes[i * Stl10Reader.IMAGE_BYTES + c * 9216 + x * 96 + y] = (byte) pixel(i, c, y, x);
                    }
                }
            }
        }
        return bytes;
    }

    @Test
    @DisplayName("transposes each channel from column-major to row-major")
    void transposes() {
        Path images = Fixtures.write(dir.resolve("train_X.bin"), columnMajor(2));
        Path labels = Fixtures.write(dir.resolve("train_y.bin"), new byte[] {1, 10});
        MappedImages source = Stl10Reader.read(images, labels, "STL-10 tiny");
        assertThat(source.shape()).isEqualTo("3×96×96");
        byte[] image = source.read(1);
        // row 2, column 5: row-major index 2·96 + 5; stored column-major at 5·96 + 2
        assertThat(image[2 * 96 + 5] & 0xff).isEqualTo(pixel(1, 0, 2, 5)).isEqualTo(40);
        assertThat(image[5 * 96 + 2] & 0xff).isEqualTo(pixel(1, 0, 5, 2)).isEqualTo(22);
        assertThat(image[2 * 9216 + 95 * 96 + 1] & 0xff).isEqualTo(pixel(1, 2, 95, 1));
    }

    @Test
    @DisplayName("turns labels 1..10 into 0..9")
    void labels() {
        Path images = Fixtures.write(dir.resolve("train_X.bin"), columnMajor(2));
        Path labels = Fixtures.write(dir.resolve("train_y.bin"), new byte[] {1, 10});
        MappedImages source = Stl10Reader.read(images, labels, "STL-10 tiny");
        assertThat(source.label(0)).isZero();
        assertThat(source.label(1)).isEqualTo(9);
        assertThat(source.classes()).isEqualTo(10);
    }

    @Test
    @DisplayName("without a labels file every label is -1 and there are no classes")
    void unlabelled() {
        Path images = Fixtures.write(dir.resolve("unlabeled_X.bin"), columnMajor(1));
        MappedImages source = Stl10Reader.read(images, null, "STL-10 unlabeled");
        assertThat(source.label(0)).isEqualTo(-1);
        assertThat(source.classes()).isZero();
    }

    @Test
    @DisplayName("reads the same across mapping chunks of one image each")
    void chunks() {
        Path images = Fixtures.write(dir.resolve("unlabeled_X.bin"), columnMajor(3));
        MappedImages one = Stl10Reader.read(images, null, "STL-10", 1);
        MappedImages all = Stl10Reader.read(images, null, "STL-10");
        for (int i = 0; i < 3; i++) {
            assertThat(one.read(i)).isEqualTo(all.read(i));
            assertThat(one.read(i)[9216 + 40 * 96 + 3] & 0xff).isEqualTo(pixel(i, 1, 40, 3));
        }
    }

    @Test
    @DisplayName("rejects a length that is not a whole number of images, and a label 0")
    void rejects() {
        Path bad = Fixtures.write(dir.resolve("test_X.bin"), new byte[Stl10Reader.IMAGE_BYTES + 1]);
        assertThatThrownBy(() -> Stl10Reader.read(bad, null, "STL-10 test"))
                .hasMessage(bad + ": its length 27649 bytes is not a multiple of 27648 (3×96×96 images)");
        Path images = Fixtures.write(dir.resolve("train_X.bin"), columnMajor(2));
        Path labels = Fixtures.write(dir.resolve("train_y.bin"), new byte[] {3, 0});
        assertThatThrownBy(() -> Stl10Reader.read(images, labels, "STL-10 train"))
                .hasMessage(labels + ": label 0 at offset 1, expected 1..10");
        Path few = Fixtures.write(dir.resolve("few_y.bin"), new byte[] {3});
        assertThatThrownBy(() -> Stl10Reader.read(images, few, "STL-10 train"))
                .hasMessage(images + " holds 2 images but " + few + " holds 1 labels");
    }
}
