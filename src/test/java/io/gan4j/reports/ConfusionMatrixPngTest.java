package io.gan4j.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.metrics.image.ClassAgreement;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A confusion-matrix PNG")
class ConfusionMatrixPngTest {

    @Test
    @DisplayName("shades a share from white (0) to dark blue (1), clamped outside [0, 1]")
    void shades() {
        assertThat(ConfusionMatrixPng.shade(0)).isEqualTo(Color.WHITE);
        assertThat(ConfusionMatrixPng.shade(1)).isEqualTo(new Color(33, 75, 180));
        assertThat(ConfusionMatrixPng.shade(0.5)).isEqualTo(new Color(144, 165, 218));
        assertThat(ConfusionMatrixPng.shade(-1)).isEqualTo(Color.WHITE);
        assertThat(ConfusionMatrixPng.shade(2)).isEqualTo(new Color(33, 75, 180));
    }

    @Test
    @DisplayName("draws each cell in the shade of its share of the row: an obedient class is a dark diagonal cell")
    void cellsFollowTheirRow(@TempDir Path dir) throws Exception {
        // class 0: all 4 samples labelled 0; class 1: 2 of 4 labelled 0, 2 labelled 1
        ClassAgreement a = ClassAgreement.ofConfusion(new long[][] {{4, 0}, {2, 2}});
        Path file = dir.resolve("c.png");
        new ConfusionMatrixPng("t", a, List.of("zero", "one")).writePng(file);
        BufferedImage image = ImageIO.read(file.toFile());
        // sample each cell near its top-left corner, away from the printed figure in its centre
        int left = 110 + 3;
        int top = 70 + 3;
        assertThat(new Color(image.getRGB(left, top))).isEqualTo(ConfusionMatrixPng.shade(1));
        assertThat(new Color(image.getRGB(left + 44, top))).isEqualTo(ConfusionMatrixPng.shade(0));
        assertThat(new Color(image.getRGB(left, top + 44))).isEqualTo(ConfusionMatrixPng.shade(0.5));
        assertThat(new Color(image.getRGB(left + 44, top + 44))).isEqualTo(ConfusionMatrixPng.shade(0.5));
    }

    @Test
    @DisplayName("refuses a list of class names of the wrong length")
    void namesMatchClasses() {
        ClassAgreement a = ClassAgreement.ofConfusion(new long[][] {{1, 0}, {0, 1}});
        assertThatThrownBy(() -> new ConfusionMatrixPng("t", a, List.of("a", "b", "c")))
                .hasMessage("2 classes need as many names, found 3");
    }
}
