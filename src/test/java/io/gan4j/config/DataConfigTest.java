package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.networks.ImageShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DataConfig's derived configs")
class DataConfigTest {

    private static DataConfig of(String dataset, String split) {
        return new DataConfig(dataset, 64, "/data", split, 0, 0, false, "/pictures", null, 3);
    }

    @Test
    @DisplayName("the held-out data is the test split where the dataset has one, and nothing else changes")
    void heldOut() {
        assertThat(of("mnist", "train").heldOut()).isEqualTo(of("mnist", "test"));
        assertThat(of("stl10", "unlabeled").heldOut()).isEqualTo(of("stl10", "test"));
        // a folder has only the training split: evaluation compares with the training images
        assertThat(of("folder", "train").heldOut()).isEqualTo(of("folder", "train"));
    }

    @Test
    @DisplayName("withRoot and withSplit change only their own component")
    void withers() {
        DataConfig d = of("cifar10", "train");
        assertThat(d.withRoot("/elsewhere"))
                .isEqualTo(new DataConfig("cifar10", 64, "/elsewhere", "train", 0, 0, false, "/pictures", null, 3));
        assertThat(d.withSplit("test")).isEqualTo(of("cifar10", "test"));
    }

    @Test
    @DisplayName("a toy distribution has no image shape; an image dataset its own")
    void imageShapeOrNull() {
        assertThat(DataConfig.defaults().imageShapeOrNull()).isNull();
        assertThat(of("cifar10", "train").imageShapeOrNull()).isEqualTo(new ImageShape(3, 32, 32));
    }
}
