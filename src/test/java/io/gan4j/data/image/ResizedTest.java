package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Resized")
class ResizedTest {

    private static InMemoryImages grey(int h, int w, int... pixels) {
        byte[] bytes = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            bytes[i] = (byte) pixels[i];
        }
        return new InMemoryImages(bytes, new int[] {4}, 1, h, w, 5, "grey");
    }

    private static int[] unsigned(byte[] bytes) {
        int[] values = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = bytes[i] & 0xff;
        }
        return values;
    }

    @Nested
    @DisplayName("shrinking averages areas")
    class Area {

        @Test
        @DisplayName("4×4 → 2×2 is the mean of each 2×2 block, rounded half up")
        void blocks() {
            ImageSource source = grey(4, 4, 1, 2, 5, 6, 3, 4, 7, 9, 0, 0, 255, 255, 0, 1, 255, 254);
            ImageSource small = Resized.of(source, 2, 2);
            // means 2.5, 6.75, 0.25, 254.75
            assertThat(unsigned(small.read(0))).containsExactly(3, 7, 0, 255);
        }

        @Test
        @DisplayName("3 → 2 weighs each pixel by its overlap: [0, 30, 90] → [10, 70]")
        void fractional() {
            Resampling.Axis axis = Resampling.axis(3, 2);
            double[] values = Resampling.values(new byte[] {0, 30, 90}, 0, Resampling.axis(1, 1), axis);
            assertThat(values[0]).isCloseTo(10, within(1e-12)); // (1·0 + 0.5·30) / 1.5
            assertThat(values[1]).isCloseTo(70, within(1e-12)); // (0.5·30 + 1·90) / 1.5
        }

        @Test
        @DisplayName("96 → 48 uses exactly the two pixels of each pair, each weighing 1/2")
        void stl() {
            Resampling.Axis axis = Resampling.axis(96, 48);
            assertThat(axis.index()[47]).containsExactly(94, 95);
            assertThat(axis.weight()[47]).containsExactly(48, 48);
            assertThat(axis.denominator()).isEqualTo(96);
        }
    }

    @Nested
    @DisplayName("enlarging is bilinear with align_corners=False")
    class Bilinear {

        @Test
        @DisplayName("[[0, 10], [20, 30]] → 4×4 has the first row [0, 2.5, 7.5, 10] (PyTorch's values)")
        void twoToFour() {
            byte[] input = {0, 10, 20, 30};
            Resampling.Axis axis = Resampling.axis(2, 4);
            double[] values = Resampling.values(input, 0, axis, axis);
            double[] expected = {
                0, 2.5, 7.5, 10,
                5, 7.5, 12.5, 15,
                15, 17.5, 22.5, 25,
                20, 22.5, 27.5, 30
            };
            for (int i = 0; i < 16; i++) {
                assertThat(values[i]).as("value %d", i).isCloseTo(expected[i], within(1e-12));
            }
            ImageSource big = Resized.of(grey(2, 2, 0, 10, 20, 30), 4, 4);
            assertThat(unsigned(big.read(0)))
                    .containsExactly(0, 3, 8, 10, 5, 8, 13, 15, 15, 18, 23, 25, 20, 23, 28, 30);
        }

        @Test
        @DisplayName("28 → 32: s = (i + 0.5)·0.875 − 0.5, clamped at 0")
        void mnist() {
            Resampling.Axis axis = Resampling.axis(28, 32);
            assertThat(axis.denominator()).isEqualTo(64);
            assertThat(axis.index()[0]).containsExactly(0); // s = −0.0625 → 0
            assertThat(axis.index()[1]).containsExactly(0, 1); // s = 0.8125
            assertThat(axis.weight()[1]).containsExactly(12, 52); // 0.1875, 0.8125 of 64
            assertThat(axis.index()[16]).containsExactly(13, 14); // s = 13.9375
            assertThat(axis.weight()[16]).containsExactly(4, 60);
            assertThat(axis.index()[31]).containsExactly(27); // s = 27.0625, the last pixel
        }
    }

    @Test
    @DisplayName("shrinks rows and enlarges columns independently")
    void mixed() {
        ImageSource source = grey(2, 2, 0, 10, 20, 30);
        ImageSource resized = Resized.of(source, 1, 4);
        // rows averaged: [10, 20]; then columns enlarged: [10, 12.5, 17.5, 20]
        assertThat(unsigned(resized.read(0))).containsExactly(10, 13, 18, 20);
        assertThat(resized.shape()).isEqualTo("1×1×4");
    }

    @Test
    @DisplayName("keeps labels and returns the source itself at its own size")
    void identity() {
        ImageSource source = grey(2, 2, 0, 10, 20, 30);
        assertThat(Resized.of(source, 2, 2)).isSameAs(source);
        ImageSource resized = Resized.of(source, 4, 4);
        assertThat(resized.label(0)).isEqualTo(4);
        assertThat(resized.classes()).isEqualTo(5);
        assertThat(resized.description()).isEqualTo("grey, resized to 1×4×4");
    }

    @Test
    @DisplayName("resizes every channel alike")
    void channels() {
        byte[] rgb = {0, 10, 20, 30, 100, 100, 100, 100, (byte) 200, 0, 0, (byte) 200};
        ImageSource source = new InMemoryImages(rgb, null, 3, 2, 2, 0, "rgb");
        assertThat(unsigned(Resized.of(source, 1, 1).read(0))).containsExactly(15, 100, 100);
    }
}
