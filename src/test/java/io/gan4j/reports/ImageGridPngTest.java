package io.gan4j.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ImageGridPng")
class ImageGridPngTest {

    private static final int WHITE = 0xffffff;

    /** The pixel value in [−1, 1] whose level is {@code level}: level/127.5 − 1. */
    private static float valueOf(int level) {
        return (float) (level / 127.5 - 1);
    }

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xffffff;
    }

    private static int grey(int level) {
        return (level << 16) | (level << 8) | level;
    }

    @Nested
    @DisplayName("level maps [−1, 1] to 0…255 as round((x + 1)·127.5)")
    class Levels {

        @ParameterizedTest(name = "level({0}) = {1}")
        @CsvSource({"-1, 0", "1, 255", "0, 128", "-0.5, 64", "0.5, 191", "0.0039215689, 128", "-0.9921569, 1"})
        @DisplayName("at hand-computed points (0 ↦ 127.5, rounded half up to 128)")
        void handComputed(float x, int level) {
            assertThat(ImageGridPng.level(x)).isEqualTo(level);
        }

        @ParameterizedTest(name = "level({0}) = {1}")
        @CsvSource({"-1.0001, 0", "-2, 0", "-1e30, 0", "1.0001, 255", "3, 255", "1e30, 255"})
        @DisplayName("clamps outside [−1, 1]")
        void clamps(float x, int level) {
            assertThat(ImageGridPng.level(x)).isEqualTo(level);
        }

        @Test
        @DisplayName("is the inverse of level/127.5 − 1 at every level")
        void inverse() {
            for (int l = 0; l <= 255; l++) {
                assertThat(ImageGridPng.level(valueOf(l))).isEqualTo(l);
            }
        }
    }

    @Nested
    @DisplayName("a 2×3 grid of 1-channel 4×5 images")
    class Grid {

        private static final int H = 4;
        private static final int W = 5;

        /** Image k's pixel (y, x) has level 20k + 5y + x: distinct everywhere. */
        private static int level(int k, int y, int x) {
            return 20 * k + 5 * y + x;
        }

        private float[] pixels(int n) {
            float[] p = new float[n * H * W];
            for (int k = 0; k < n; k++) {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        p[k * H * W + y * W + x] = valueOf(level(k, y, x));
                    }
                }
            }
            return p;
        }

        @Test
        @DisplayName("is (3·5 + 2·2) × (2·4 + 1·2) = 19 × 10 pixels")
        void size() {
            BufferedImage img = ImageGridPng.image(pixels(6), 1, H, W, 2, 3);
            assertThat(img.getWidth()).isEqualTo(3 * 5 + 2 * 2);
            assertThat(img.getHeight()).isEqualTo(2 * 4 + 1 * 2);
        }

        @Test
        @DisplayName("places image k at row k / 3, column k % 3, with 2-pixel white gaps between")
        void placement() {
            BufferedImage img = ImageGridPng.image(pixels(6), 1, H, W, 2, 3);
            boolean[][] covered = new boolean[10][19];
            for (int k = 0; k < 6; k++) {
                int x0 = (k % 3) * (W + 2);
                int y0 = (k / 3) * (H + 2);
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        assertThat(rgb(img, x0 + x, y0 + y))
                                .as("image %d pixel (%d, %d)", k, y, x)
                                .isEqualTo(grey(level(k, y, x)));
                        covered[y0 + y][x0 + x] = true;
                    }
                }
            }
            for (int y = 0; y < 10; y++) {
                for (int x = 0; x < 19; x++) {
                    if (!covered[y][x]) {
                        assertThat(rgb(img, x, y)).as("gap (%d, %d)", x, y).isEqualTo(WHITE);
                    }
                }
            }
            // the gaps are exactly columns 5–6 and 12–13, rows 4–5
            assertThat(covered[0][4]).isTrue();
            assertThat(covered[0][5] || covered[0][6] || covered[4][0] || covered[5][0])
                    .isFalse();
            assertThat(covered[0][7]).isTrue();
            assertThat(covered[6][0]).isTrue();
        }

        @Test
        @DisplayName("leaves missing cells white")
        void missingCells() {
            BufferedImage img = ImageGridPng.image(pixels(4), 1, H, W, 2, 3);
            assertThat(img.getWidth()).isEqualTo(19);
            assertThat(img.getHeight()).isEqualTo(10);
            for (int y = 6; y < 10; y++) {
                for (int x = 7; x < 19; x++) {
                    assertThat(rgb(img, x, y))
                            .as("cells 4 and 5 are missing: (%d, %d)", x, y)
                            .isEqualTo(WHITE);
                }
            }
            assertThat(rgb(img, 0, 6)).as("cell 3 is there").isEqualTo(grey(level(3, 0, 0)));
        }

        @Test
        @DisplayName("survives the PNG file: the pixels read back are those drawn")
        void pngRoundTrip(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("grid.png");
            ImageGridPng.write(file, pixels(6), 1, H, W, 2, 3);
            BufferedImage read = ImageIO.read(file.toFile());
            BufferedImage drawn = ImageGridPng.image(pixels(6), 1, H, W, 2, 3);
            assertThat(read.getWidth()).isEqualTo(19);
            assertThat(read.getHeight()).isEqualTo(10);
            for (int y = 0; y < 10; y++) {
                for (int x = 0; x < 19; x++) {
                    assertThat(rgb(read, x, y)).isEqualTo(rgb(drawn, x, y));
                }
            }
        }
    }

    @Nested
    @DisplayName("RGB images")
    class Rgb {

        @Test
        @DisplayName("take channel 0 as red, 1 as green, 2 as blue, from channel-first planes")
        void channelOrder() {
            // one 3×1×2 image: R = (−1, 1), G = (0, −1), B = (1, 0)
            float[] p = {-1f, 1f, 0f, -1f, 1f, 0f};
            BufferedImage img = ImageGridPng.image(p, 3, 1, 2, 1, 1);
            assertThat(rgb(img, 0, 0)).isEqualTo((0 << 16) | (128 << 8) | 255);
            assertThat(rgb(img, 1, 0)).isEqualTo((255 << 16) | (0 << 8) | 128);
        }

        @Test
        @DisplayName("place the second image after a gap, with its own planes")
        void secondImage() {
            // two 3×1×1 images
            float[] p = {valueOf(10), valueOf(20), valueOf(30), valueOf(40), valueOf(50), valueOf(60)};
            BufferedImage img = ImageGridPng.image(p, 3, 1, 1, 1, 2);
            assertThat(img.getWidth()).isEqualTo(1 + 2 + 1);
            assertThat(rgb(img, 0, 0)).isEqualTo((10 << 16) | (20 << 8) | 30);
            assertThat(rgb(img, 1, 0)).isEqualTo(WHITE);
            assertThat(rgb(img, 2, 0)).isEqualTo(WHITE);
            assertThat(rgb(img, 3, 0)).isEqualTo((40 << 16) | (50 << 8) | 60);
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refusals {

        @Test
        @DisplayName("2 channels")
        void channels() {
            assertThatThrownBy(() -> ImageGridPng.image(new float[8], 2, 2, 2, 1, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("images need 1 or 3 channels, found 2");
        }

        @Test
        @DisplayName("more images than cells, and a partial image")
        void counts() {
            assertThatThrownBy(() -> ImageGridPng.image(new float[3 * 4], 1, 2, 2, 1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("12 values are not at most 1×2 images of 1×2×2");
            assertThatThrownBy(() -> ImageGridPng.image(new float[5], 1, 2, 2, 1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("5 values are not at most 1×2 images of 1×2×2");
        }
    }
}
