package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shared copy of MNIST in {@code ../shared/datasets/mnist}, opened by name. */
@DisplayName("MNIST from the shared data root")
class SharedMnistTest {

    static final Path ROOT = Path.of("../shared/datasets");

    static void assumeShared() {
        Assumptions.assumeTrue(
                Files.isRegularFile(ROOT.resolve("mnist/train-images-idx3-ubyte.gz")),
                ROOT.toAbsolutePath().normalize() + "/mnist not found: skipping");
    }

    private static ImageSource train;

    @BeforeAll
    static void open() {
        assumeShared();
        train = ImageDatasets.open("mnist", "train", ROOT, false, DownloadProgress.silent());
    }

    @Test
    @DisplayName("train: 60000 images of 1×28×28, 10 classes, the first a 5")
    void train() {
        assertThat(train.size()).isEqualTo(60_000);
        assertThat(train.shape()).isEqualTo("1×28×28");
        assertThat(train.classes()).isEqualTo(10);
        assertThat(train.label(0)).isEqualTo(5);
        assertThat(train.description()).startsWith("MNIST train: 60000 images, 1×28×28, from ");
    }

    @Test
    @DisplayName("train: MNIST's known per-class counts")
    void classCounts() {
        int[] counts = new int[10];
        for (int i = 0; i < train.size(); i++) {
            counts[train.label(i)]++;
        }
        assertThat(counts).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    }

    @Test
    @DisplayName("train: pixels span 0..255, the corners are blank")
    void pixels() {
        byte[] first = train.read(0);
        int max = 0;
        for (byte b : first) {
            max = Math.max(max, b & 0xff);
        }
        assertThat(max).isEqualTo(255);
        assertThat(first[0]).isZero();
        assertThat(first[28 * 28 - 1]).isZero();
    }

    @Test
    @DisplayName("test: 10000 images, the first a 7")
    void test() {
        ImageSource test = ImageDatasets.open("mnist", "test", ROOT, false, DownloadProgress.silent());
        assertThat(test.size()).isEqualTo(10_000);
        assertThat(test.shape()).isEqualTo("1×28×28");
        assertThat(test.label(0)).isEqualTo(7);
    }
}
