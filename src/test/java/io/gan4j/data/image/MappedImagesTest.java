package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("MappedImages")
class MappedImagesTest {

    @TempDir
    Path dir;

    /** 5 grey 2×3 images after a 10-byte header; image i's byte p is 10·i + p. */
    private Path file() {
        byte[] bytes = new byte[10 + 5 * 6];
        for (int i = 0; i < 5; i++) {
            for (int p = 0; p < 6; p++) {
                bytes[10 + 6 * i + p] = (byte) (10 * i + p);
            }
        }
        return Fixtures.write(dir.resolve("images.bin"), bytes);
    }

    private static final FileLayout LAYOUT = FileLayout.packed(1, 2, 3, 10, PixelOrder.ROW_MAJOR);

    @Nested
    @DisplayName("with chunks of 2 images")
    class Chunked {

        @Test
        @DisplayName("reads images on both sides of each chunk boundary")
        void boundary() {
            MappedImages source = new MappedImages(file(), 5, LAYOUT, null, 0, "tiny", 2);
            for (int i = 0; i < 5; i++) {
                assertThat(source.read(i))
                        .containsExactly(10 * i, 10 * i + 1, 10 * i + 2, 10 * i + 3, 10 * i + 4, 10 * i + 5);
            }
        }

        @Test
        @DisplayName("reads concurrently the same bytes as one by one")
        void concurrent() {
            MappedImages source = new MappedImages(file(), 5, LAYOUT, null, 0, "tiny", 2);
            byte[][] parallel = IntStream.range(0, 5000)
                    .parallel()
                    .mapToObj(k -> source.read(k % 5))
                    .toArray(byte[][]::new);
            for (int k = 0; k < parallel.length; k++) {
                assertThat(parallel[k]).isEqualTo(source.read(k % 5));
            }
        }
    }

    @Test
    @DisplayName("transposes column-major channels (row 1, column 2 is stored at 2·2 + 1)")
    void columnMajor() {
        MappedImages source = new MappedImages(
                file(), 5, FileLayout.packed(1, 2, 3, 10, PixelOrder.COLUMN_MAJOR), null, 0, "tiny", 3);
        // stored columns (0,3) (1,4) (2,5) of image 4: rows are [40, 42, 44] and [41, 43, 45]
        assertThat(source.read(4)).containsExactly(40, 42, 44, 41, 43, 45);
    }

    @Test
    @DisplayName("reads records with a stride (a label byte before each image)")
    void records() {
        MappedImages source = new MappedImages(
                file(),
                4,
                new FileLayout(1, 1, 5, 10, 6, 1, PixelOrder.ROW_MAJOR),
                new int[] {0, 1, 1, 0},
                2,
                "tiny",
                3);
        assertThat(source.read(3)).containsExactly(31, 32, 33, 34, 35);
        assertThat(source.label(2)).isEqualTo(1);
    }

    @Test
    @DisplayName("rejects a file shorter than the layout, naming the bytes expected and where it ends")
    void truncated() {
        Path file = file();
        assertThatThrownBy(() -> new MappedImages(file, 6, LAYOUT, null, 0, "tiny", 2))
                .isInstanceOf(ImageDataException.class)
                .hasMessage(file + ": expected 36 bytes of image data from offset 10," + " the file ends at offset 40");
    }
}
