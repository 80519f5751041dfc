package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ImageFolder")
class ImageFolderTest {

    @TempDir
    Path dir;

    /** A 6 wide × 4 high RGB picture: pixel (x, y) = (40x + y, 10y, 255 − 40x). */
    private static BufferedImage wide() {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                image.setRGB(x, y, ((40 * x + y) << 16) | ((10 * y) << 8) | (255 - 40 * x));
            }
        }
        return image;
    }

    private static Path save(BufferedImage image, String format, Path file) {
        try {
            Files.createDirectories(file.getParent());
            assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int at(byte[] image, int size, int c, int y, int x) {
        return image[c * size * size + y * size + x] & 0xff;
    }

    @Nested
    @DisplayName("a 6×4 RGB PNG")
    class Rgb {

        @Test
        @DisplayName("crops the centred 4×4 square (columns 1..4) and keeps it at size 4")
        void crop() {
            save(wide(), "png", dir.resolve("a.png"));
            InMemoryImages source = ImageFolder.read(dir, 4, 3);
            byte[] image = source.read(0);
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    assertThat(at(image, 4, 0, y, x)).isEqualTo(40 * (x + 1) + y);
                    assertThat(at(image, 4, 1, y, x)).isEqualTo(10 * y);
                    assertThat(at(image, 4, 2, y, x)).isEqualTo(255 - 40 * (x + 1));
                }
            }
        }

        @Test
        @DisplayName("shrinks the square to 2×2 by 2×2 block means")
        void shrink() {
            save(wide(), "png", dir.resolve("a.png"));
            byte[] image = ImageFolder.read(dir, 2, 3).read(0);
            // red of the top-left block: columns 1, 2 and rows 0, 1: (40 + 80 + 41 + 81) / 4 = 60.5 → 61
            assertThat(at(image, 2, 0, 0, 0)).isEqualTo(61);
            // green of the bottom-right block: rows 2, 3: (20 + 20 + 30 + 30) / 4 = 25
            assertThat(at(image, 2, 1, 1, 1)).isEqualTo(25);
            // blue of the top-right block: columns 3, 4: 255 − 140 = 115
            assertThat(at(image, 2, 2, 0, 1)).isEqualTo(115);
        }

        @Test
        @DisplayName("converts to grey as 0.299R + 0.587G + 0.114B, rounded")
        void luminance() {
            save(wide(), "png", dir.resolve("a.png"));
            byte[] image = ImageFolder.read(dir, 4, 1).read(0);
            // (x, y) = (1, 2) of the square is picture pixel (2, 2): R 82, G 20, B 175
            // 0.299·82 + 0.587·20 + 0.114·175 = 24.518 + 11.74 + 19.95 = 56.208 → 56
            assertThat(at(image, 4, 0, 2, 1)).isEqualTo(56);
            // (0, 3) is pixel (1, 3): R 43, G 30, B 215: 12.857 + 17.61 + 24.51 = 54.977 → 55
            assertThat(at(image, 4, 0, 3, 0)).isEqualTo(55);
        }

        @Test
        @DisplayName("enlarges bilinearly")
        void enlarge() {
            BufferedImage two = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
            two.setRGB(0, 0, 0);
            two.setRGB(1, 0, 10 << 16);
            two.setRGB(0, 1, 20 << 16);
            two.setRGB(1, 1, 30 << 16);
            save(two, "png", dir.resolve("two.png"));
            byte[] image = ImageFolder.read(dir, 4, 3).read(0);
            assertThat(new int[] {at(image, 4, 0, 0, 1), at(image, 4, 0, 1, 1), at(image, 4, 0, 3, 3)})
                    .containsExactly(3, 8, 30);
        }
    }

    @Test
    @DisplayName("keeps a grey PNG's samples as they are, repeated into 3 channels")
    void grey() {
        BufferedImage image = new BufferedImage(3, 3, BufferedImage.TYPE_BYTE_GRAY);
        for (int p = 0; p < 9; p++) {
            image.getRaster().setSample(p % 3, p / 3, 0, 25 * p + 3);
        }
        save(image, "png", dir.resolve("g.png"));
        byte[] pixels = ImageFolder.read(dir, 3, 3).read(0);
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < 9; p++) {
                assertThat(pixels[c * 9 + p] & 0xff).isEqualTo(25 * p + 3);
            }
        }
        assertThat(ImageFolder.read(dir, 3, 1).read(0)[4] & 0xff).isEqualTo(103);
    }

    @Test
    @DisplayName("reads a JPEG (lossy: a flat colour comes back within a few levels)")
    void jpeg() {
        BufferedImage flat = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < 256; p++) {
            flat.setRGB(p % 16, p / 16, (200 << 16) | (100 << 8) | 50);
        }
        save(flat, "jpg", dir.resolve("f.JPG"));
        byte[] image = ImageFolder.read(dir, 8, 3).read(0);
        assertThat(at(image, 8, 0, 4, 4)).isBetween(195, 205);
        assertThat(at(image, 8, 1, 4, 4)).isBetween(95, 105);
        assertThat(at(image, 8, 2, 4, 4)).isBetween(45, 55);
    }

    @Nested
    @DisplayName("labels")
    class Labels {

        @Test
        @DisplayName("by first-level subfolder, in sorted order, when no image sits in the root")
        void subfolders() {
            save(wide(), "png", dir.resolve("dogs/b.png"));
            save(wide(), "png", dir.resolve("cats/x/a.png"));
            save(wide(), "png", dir.resolve("cats/c.png"));
            InMemoryImages source = ImageFolder.read(dir, 2, 1);
            assertThat(ImageFolder.find(dir)).containsExactly("cats/c.png", "cats/x/a.png", "dogs/b.png");
            assertThat(new int[] {source.label(0), source.label(1), source.label(2)})
                    .containsExactly(0, 0, 1);
            assertThat(source.classes()).isEqualTo(2);
        }

        @Test
        @DisplayName("-1 for all when an image sits in the root")
        void unlabelled() {
            save(wide(), "png", dir.resolve("dogs/b.png"));
            save(wide(), "png", dir.resolve("top.png"));
            InMemoryImages source = ImageFolder.read(dir, 2, 1);
            assertThat(source.label(0)).isEqualTo(-1);
            assertThat(source.label(1)).isEqualTo(-1);
            assertThat(source.classes()).isZero();
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {

        @Test
        @DisplayName("name an unreadable file")
        void unreadable() throws IOException {
            save(wide(), "png", dir.resolve("a.png"));
            Path bad = Files.writeString(dir.resolve("b.png"), "not a picture");
            assertThatThrownBy(() -> ImageFolder.read(dir, 4, 3))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessage("cannot read image " + bad + ": not a PNG or JPEG file that javax.imageio can decode");
        }

        @Test
        @DisplayName("name a folder without images")
        void empty() throws IOException {
            Files.writeString(dir.resolve("notes.txt"), "no pictures");
            assertThatThrownBy(() -> ImageFolder.read(dir, 4, 3))
                    .hasMessage(dir + ": no .png, .jpg or .jpeg files found");
            assertThatThrownBy(() -> ImageFolder.read(dir.resolve("nope"), 4, 3))
                    .hasMessage(dir.resolve("nope") + ": no such folder");
        }
    }
}
