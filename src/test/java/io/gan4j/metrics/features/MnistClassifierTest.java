package io.gan4j.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.data.image.DownloadProgress;
import io.gan4j.data.image.ImageDatasets;
import io.gan4j.data.image.ImageSource;
import io.gan4j.data.image.InMemoryImages;
import io.gan4j.torch.TorchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The MNIST classifier")
class MnistClassifierTest extends TorchTest {

    static final Path SHARED = Path.of("../shared/datasets");

    static ImageSource mnist(String split) {
        Assumptions.assumeTrue(
                Files.isDirectory(SHARED.resolve("mnist")), SHARED.toAbsolutePath() + "/mnist not found: skipping");
        return ImageDatasets.open("mnist", split, SHARED, false, DownloadProgress.silent());
    }

    @Test
    @DisplayName("shipped in the jar reaches at least 99.3 % on MNIST's 10,000 test images")
    void shippedAccuracy() {
        MnistClassifier c = MnistClassifier.shipped();
        MnistCnn net = c.network();
        assertThat(ClassifierTraining.accuracy(net, mnist("test"))).isGreaterThanOrEqualTo(0.993);
        assertThat(c.dimension()).isEqualTo(128);
        assertThat(c.sha256()).hasSize(64);
    }

    @Test
    @DisplayName("refuses images that are not 1×28×28")
    void shape() {
        MnistClassifier c = MnistClassifier.shipped();
        assertThatThrownBy(() -> c.extract(Tensor.create(new float[3 * 28 * 28], 1, 3, 28, 28)))
                .hasMessage("the MNIST classifier takes images of shape (n, 1, 28, 28), found [1, 3, 28, 28]");
    }

    @Test
    @DisplayName("training learns: one epoch on 4,000 images is above 60 % on 1,000 others (chance 10 %), and the file "
            + "loads back")
    void trainingLearns(@TempDir Path dir) {
        // one epoch of 31 steps reached 77.9 % (two epochs on 5,000 images, 90 %, took 20 s more of the suite)
        ImageSource train = subset(mnist("train"), 0, 4000);
        ImageSource test = subset(mnist("test"), 0, 1000);
        ClassifierTraining.Result r = ClassifierTraining.train(train, test, 1, 1, dir.resolve("c.safetensors"), null);
        assertThat(r.testAccuracy()).isGreaterThan(0.60);
        MnistClassifier loaded = MnistClassifier.load(r.file());
        assertThat(ClassifierTraining.accuracy(loaded.network(), test)).isCloseTo(r.testAccuracy(), within(1e-12));
    }

    static ImageSource subset(ImageSource s, int from, int n) {
        byte[] pixels = new byte[n * 28 * 28];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            s.read(from + i, pixels, i * 28 * 28);
            labels[i] = s.label(from + i);
        }
        return new InMemoryImages(pixels, labels, 1, 28, 28, 10, "MNIST subset");
    }
}
