package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("StackedMnist")
class StackedMnistTest {

    /** 20 images of 1×2×2 whose four bytes are all the image's index, labelled index mod 10. */
    private static InMemoryImages digits() {
        byte[] pixels = new byte[20 * 4];
        int[] labels = new int[20];
        for (int i = 0; i < 20; i++) {
            Arrays.fill(pixels, 4 * i, 4 * i + 4, (byte) i);
            labels[i] = i % 10;
        }
        return new InMemoryImages(pixels, labels, 1, 2, 2, 10, "digits");
    }

    @Nested
    @DisplayName("on a tiny labelled source")
    class Tiny {

        @Test
        @DisplayName("stacks three source images as R, G, B, labelled 100·d1 + 10·d2 + d3")
        void stacks() {
            InMemoryImages mnist = digits();
            StackedMnist stacked = StackedMnist.of(mnist, 7, 45);
            assertThat(stacked.shape()).isEqualTo("3×2×2");
            assertThat(stacked.classes()).isEqualTo(1000);
            for (int i = 0; i < 45; i++) {
                byte[] image = stacked.read(i);
                int r = image[0];
                int g = image[4];
                int b = image[8];
                assertThat(image[3]).isEqualTo((byte) r);
                assertThat(stacked.label(i)).isEqualTo(100 * (r % 10) + 10 * (g % 10) + b % 10);
            }
        }

        @Test
        @DisplayName("each channel runs through a permutation of the source in every block of N, a new one per block")
        void permutations() {
            StackedMnist stacked = StackedMnist.of(digits(), 7, 40);
            int sameTriples = 0;
            for (int block = 0; block < 2; block++) {
                for (int c = 0; c < 3; c++) {
                    int[] seen = new int[20];
                    for (int i = 0; i < 20; i++) {
                        seen[i] = stacked.read(20 * block + i)[4 * c];
                    }
                    assertThat(Arrays.stream(seen).sorted().toArray())
                            .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
                }
            }
            for (int i = 0; i < 20; i++) {
                sameTriples += Arrays.equals(stacked.read(i + 20), stacked.read(i)) ? 1 : 0;
            }
            // the second block is not the first again: at most a triple or two coincide by chance
            assertThat(sameTriples).isLessThan(3);
            assertThat(StackedMnist.of(digits(), 7, 20).read(5)).isEqualTo(stacked.read(5));
        }

        @Test
        @DisplayName("is the same for the same seed and differs for another")
        void deterministic() {
            StackedMnist a = StackedMnist.of(digits(), 7, 20);
            StackedMnist b = StackedMnist.of(digits(), 7, 20);
            StackedMnist c = StackedMnist.of(digits(), 8, 20);
            int[] labelsA = new int[20];
            int[] labelsC = new int[20];
            for (int i = 0; i < 20; i++) {
                assertThat(a.read(i)).isEqualTo(b.read(i));
                labelsA[i] = a.label(i);
                labelsC[i] = c.label(i);
            }
            assertThat(labelsA).isNotEqualTo(labelsC);
        }

        @Test
        @DisplayName("follows the documented permutations: SplittableRandom(seed), Fisher–Yates three times")
        void documented() {
            SplittableRandom random = new SplittableRandom(7);
            int[] p1 = EpochOrder.shuffle(20, random);
            int[] p2 = EpochOrder.shuffle(20, random);
            int[] p3 = EpochOrder.shuffle(20, random);
            byte[] image = StackedMnist.of(digits(), 7, 20).read(13);
            assertThat(new int[] {image[0], image[4], image[8]}).containsExactly(p1[13], p2[13], p3[13]);
        }

        @Test
        @DisplayName("rejects a source that is not 1-channel with 10 classes")
        void rejects() {
            InMemoryImages rgb = new InMemoryImages(new byte[12], null, 3, 2, 2, 0, "rgb");
            assertThatThrownBy(() -> StackedMnist.of(rgb, 1, 10))
                    .hasMessage("stacked MNIST needs a non-empty 1-channel source with 10 classes,"
                            + " found rgb with 0 classes");
        }
    }

    @Test
    @DisplayName("on the shared MNIST: 60,000 samples cover all 1000 modes, roughly uniformly")
    void realMnist() {
        SharedMnistTest.assumeShared();
        ImageSource mnist =
                ImageDatasets.open("mnist", "train", SharedMnistTest.ROOT, false, DownloadProgress.silent());
        StackedMnist stacked = StackedMnist.of(mnist, 1, 60_000);
        int[] counts = new int[1000];
        for (int i = 0; i < stacked.size(); i++) {
            counts[stacked.label(i)]++;
        }
        int min = Arrays.stream(counts).min().orElseThrow();
        int max = Arrays.stream(counts).max().orElseThrow();
        // MNIST's class frequencies (9.0 %–11.2 %) put the expected count of a mode between
        // 60000·0.0904³ = 44 and 60000·0.1124³ = 85; seed 1 gives 26..99 (seeds 2–5: 29..98)
        assertThat(min).as("the rarest mode's count").isGreaterThanOrEqualTo(15);
        assertThat(max).as("the commonest mode's count").isLessThanOrEqualTo(130);
        assertThat(stacked.description()).startsWith("stacked MNIST (seed 1): 60000 images, 3×28×28, from MNIST train");
    }
}
