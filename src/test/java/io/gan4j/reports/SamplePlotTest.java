package io.gan4j.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Sample plot")
class SamplePlotTest {

    private static FieldGrid increasingInX() {
        double[][] grid = FieldGrid.points(-1, 1, -1, 1, 50, 50);
        double[] v = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            v[i] = grid[i][0];
        }
        return FieldGrid.of(-1, 1, -1, 1, 50, 50, v);
    }

    @Test
    @DisplayName("writes a PNG of the requested size")
    void writesPngOfRequestedSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.png");
        SamplePlot.builder()
                .title("t")
                .real(new double[][] {{0, 0}})
                .generated(new double[][] {{0.5, 0.5}})
                .size(500, 400)
                .build()
                .writePng(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(500);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    @DisplayName("draws a generated point at its data coordinate, in the generated colour")
    void generatedPointLandsOnItsPixel() {
        SamplePlot plot = SamplePlot.builder()
                .field(FieldGrid.of(-2, 2, -2, 2, 2, 2, new double[] {0, 0, 0, 0}), "f")
                .generated(new double[][] {{1.0, -0.5}})
                .build();
        BufferedImage image = plot.render();
        int x = (int) Math.round(plot.px(1.0));
        int y = (int) Math.round(plot.py(-0.5));
        Color c = new Color(image.getRGB(x, y));
        assertThat(c.getRed()).isGreaterThan(200);
        assertThat(c.getGreen()).isBetween(100, 160);
        assertThat(c.getBlue()).isLessThan(90);
        assertThat(plot.px(-2)).isCloseTo(64.0, within(1e-9));
        assertThat(plot.py(2)).isCloseTo(40.0, within(1e-9));
    }

    @Test
    @DisplayName("colours a field that increases along x from blue (left) to red (right)")
    void heatMapRunsBlueToRed() {
        SamplePlot plot = SamplePlot.builder().field(increasingInX(), "f").build();
        BufferedImage image = plot.render();
        Color left = new Color(image.getRGB((int) plot.px(-0.95), (int) plot.py(0.3)));
        Color right = new Color(image.getRGB((int) plot.px(0.95), (int) plot.py(0.3)));
        assertThat(left.getBlue()).isGreaterThan(left.getRed() + 40);
        assertThat(right.getRed()).isGreaterThan(right.getBlue() + 40);
    }
}
