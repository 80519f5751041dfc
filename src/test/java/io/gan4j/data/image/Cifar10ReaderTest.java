package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Cifar10Reader")
class Cifar10ReaderTest {

    @TempDir
    Path dir;

    /** Record r: label, then channel c at (y, x) = (r + 5c + y + 2x) mod 256. */
    static byte[] records(int first, int... labels) {
        byte[] bytes = new byte[labels.length * Cifar10Reader.RECORD_BYTES];
        for (int k = 0; k < labels.length; k++) {
            int at = k * Cifar10Reader.RECORD_BYTES;
            bytes[at] = (byte) labels[k];
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        bytes[at + 1 + c * 1024 + y * 32 + x] = (byte) pixel(first + k, c, y, x);
                    }
                }
            }
        }
        return bytes;
    }

    static int pixel(int record, int c, int y, int x) {
        return (record + 5 * c + y + 2 * x) & 0xff;
    }

    @Test
    @DisplayName("reads records of one label byte and 1024 R, G, B bytes, across files")
    void reads() {
        Path a = Fixtures.write(dir.resolve("data_batch_1.bin"), records(0, 6, 9));
        Path b = Fixtures.write(dir.resolve("data_batch_2.bin"), records(2, 0));
        ImageSource source = Cifar10Reader.read(List.of(a, b), "CIFAR-10 tiny");
        assertThat(source.size()).isEqualTo(3);
        assertThat(source.shape()).isEqualTo("3×32×32");
        assertThat(source.classes()).isEqualTo(10);
        assertThat(new int[] {source.label(0), source.label(1), source.label(2)})
                .containsExactly(6, 9, 0);
        for (int i = 0; i < 3; i++) {
            byte[] image = source.read(i);
            assertThat(image[0] & 0xff).isEqualTo(pixel(i, 0, 0, 0));
            assertThat(image[1024 + 3 * 32 + 7] & 0xff).isEqualTo(pixel(i, 1, 3, 7));
            assertThat(image[2048 + 31 * 32 + 30] & 0xff).isEqualTo(pixel(i, 2, 31, 30));
        }
        assertThat(source.description())
                .isEqualTo("CIFAR-10 tiny: 3 images, 3×32×32, from "
                        + dir.toAbsolutePath().normalize());
    }

    @Test
    @DisplayName("rejects a length that is not a multiple of 3073, naming the file and its length")
    void badLength() {
        Path file = Fixtures.write(dir.resolve("test_batch.bin"), new byte[3073 * 2 + 5]);
        assertThatThrownBy(() -> Cifar10Reader.read(List.of(file), "CIFAR-10 test"))
                .isInstanceOf(ImageDataException.class)
                .hasMessage(file + ": its length 6151 bytes is not a multiple of 3073"
                        + " (CIFAR-10 records: 1 label byte + 3072 pixel bytes)");
    }

    @Test
    @DisplayName("rejects a label above 9, naming its offset")
    void badLabel() {
        Path file = Fixtures.write(dir.resolve("test_batch.bin"), records(0, 1, 10));
        assertThatThrownBy(() -> Cifar10Reader.read(List.of(file), "CIFAR-10 test"))
                .hasMessage(file + ": label 10 at offset 3073, expected 0..9");
    }
}
