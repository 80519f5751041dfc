package io.gan4j.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SAGAN's attention pictures")
class AttentionMapsTest {

    @Test
    @DisplayName("queries: the centre and a quarter in from each corner")
    void queries() {
        assertThat(AttentionMaps.queries(14)).isDeepEqualTo(new int[][] {{7, 7}, {3, 3}, {10, 10}});
        assertThat(AttentionMaps.queries(32)).isDeepEqualTo(new int[][] {{16, 16}, {8, 8}, {24, 24}});
    }

    @Test
    @DisplayName("overlay: the attended cell turns red, the query cell green, the rest is the dimmed image; cell 0 is "
            + "the image")
    void overlay() {
        // one grey 4×4 image of value 0 (mid-grey), attention on a 2×2 feature map
        int h = 4;
        int side = 2;
        float[] pixels = new float[h * h];
        float[] beta = new float[side * side * side * side];
        // query (1, 1) = position 3 gives all its weight to position 0, the top-left cell
        beta[3 * 4] = 1;
        // query (0, 0) = position 0 spreads evenly
        for (int k = 0; k < 4; k++) {
            beta[k] = 0.25f;
        }
        float[] out = AttentionMaps.overlay(pixels, 1, 1, h, h, beta, side);
        int plane = h * h;
        assertThat(out).hasSize(4 * 3 * plane);
        // cell 0: the image itself, grey in all three channels
        for (int i = 0; i < 3 * plane; i++) {
            assertThat(out[i]).isZero();
        }
        int cell1 = 3 * plane;
        double dim = 2 * (0.6 * 0.5) - 1;
        // pixel (0, 0) lies in the attended feature cell: pure red
        assertThat(out[cell1]).isEqualTo(1f);
        assertThat(out[cell1 + plane]).isEqualTo(-1f);
        // pixel (3, 3) lies in the query's own cell: green
        assertThat(out[cell1 + 15]).isEqualTo(-1f);
        assertThat(out[cell1 + plane + 15]).isEqualTo(1f);
        // pixel (0, 3) lies in an unattended cell: the dimmed grey, equal in every channel
        assertThat((double) out[cell1 + 3]).isCloseTo(dim, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(out[cell1 + plane + 3]).isEqualTo(out[cell1 + 3]);
        // cell 2 (query (0, 0), even weights): every non-query pixel is fully red (a = weight / max = 1)
        int cell2 = 2 * 3 * plane;
        assertThat(out[cell2 + 15]).isEqualTo(1f);
        assertThat(out[cell2 + plane]).isEqualTo(1f); // the query cell itself, green
    }
}
