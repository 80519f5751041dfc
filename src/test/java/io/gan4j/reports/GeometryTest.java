package io.gan4j.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Plot geometry")
class GeometryTest {

    private static FieldGrid field(int n, java.util.function.DoubleBinaryOperator f) {
        double[][] pts = FieldGrid.points(-2, 2, -2, 2, n, n);
        double[] v = new double[pts.length];
        for (int i = 0; i < pts.length; i++) {
            v[i] = f.applyAsDouble(pts[i][0], pts[i][1]);
        }
        return FieldGrid.of(-2, 2, -2, 2, n, n, v);
    }

    @Test
    @DisplayName("marching squares puts the contour x = c of f(x, y) = x on that vertical line")
    void linearFieldContourIsAVerticalLine() {
        List<ContourLines.Segment> segments = ContourLines.at(field(41, (x, y) -> x), 0.37);
        assertThat(segments).hasSize(40);
        for (ContourLines.Segment s : segments) {
            assertThat(s.x1()).isCloseTo(0.37, within(1e-12));
            assertThat(s.x2()).isCloseTo(0.37, within(1e-12));
        }
    }

    @Test
    @DisplayName("marching squares puts the contour r² of x² + y² at distance r from the origin")
    void circleContour() {
        List<ContourLines.Segment> segments = ContourLines.at(field(81, (x, y) -> x * x + y * y), 1.0);
        assertThat(segments).hasSizeGreaterThan(50);
        for (ContourLines.Segment s : segments) {
            assertThat(Math.hypot(s.x1(), s.y1())).isCloseTo(1.0, within(0.01));
        }
    }

    @Test
    @DisplayName("nice ticks over [0, 1] are 0, 0.2, …, 1")
    void niceTicks() {
        assertThat(NiceTicks.of(0, 1, 5))
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                .containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(NiceTicks.of(-3.7, 12.2, 4)).containsExactly(0.0, 5.0, 10.0);
        assertThat(NiceTicks.label(0.4, 0.2)).isEqualTo("0.4");
        assertThat(NiceTicks.label(10, 5)).isEqualTo("10");
    }

    @Test
    @DisplayName("the diverging map is white at its centre and saturates at its ends")
    void divergingMap() {
        DivergingColourMap map = new DivergingColourMap(1.0, 2.0);
        assertThat(map.colour(1.0)).isEqualTo(Color.WHITE);
        assertThat(map.colour(-1.0)).isEqualTo(new Color(0x21, 0x66, 0xAC));
        assertThat(map.colour(-50)).isEqualTo(new Color(0x21, 0x66, 0xAC));
        assertThat(map.colour(3.0)).isEqualTo(new Color(0xB2, 0x18, 0x2B));
    }
}
