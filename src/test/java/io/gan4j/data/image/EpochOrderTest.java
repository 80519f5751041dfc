package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EpochOrder")
class EpochOrderTest {

    @Test
    @DisplayName("each epoch is a permutation of 0..n−1")
    void permutation() {
        EpochOrder order = new EpochOrder(42, 1000);
        for (long epoch = 0; epoch < 5; epoch++) {
            int[] perm = order.permutation(epoch);
            assertThat(Arrays.stream(perm).sorted().toArray())
                    .isEqualTo(IntStream.range(0, 1000).toArray());
        }
    }

    @Test
    @DisplayName("depends only on (seed, epoch)")
    void deterministic() {
        assertThat(new EpochOrder(42, 1000).permutation(3)).isEqualTo(new EpochOrder(42, 1000).permutation(3));
        assertThat(new EpochOrder(42, 1000).permutation(3)).isNotEqualTo(new EpochOrder(42, 1000).permutation(4));
        assertThat(new EpochOrder(42, 1000).permutation(3)).isNotEqualTo(new EpochOrder(43, 1000).permutation(3));
    }

    @Test
    @DisplayName("is the documented shuffle: SplittableRandom(seed ^ 0x9E3779B97F4A7C15·(epoch + 1))")
    void documented() {
        SplittableRandom random = new SplittableRandom(42 ^ (0x9E3779B97F4A7C15L * 8));
        int[] expected = IntStream.range(0, 50).toArray();
        for (int i = 49; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = expected[i];
            expected[i] = expected[j];
            expected[j] = t;
        }
        assertThat(new EpochOrder(42, 50).permutation(7)).isEqualTo(expected);
    }

    @Test
    @DisplayName("moves images: fewer than 1 % of 10,000 stay in place")
    void shuffles() {
        int[] perm = new EpochOrder(1, 10_000).permutation(0);
        long fixed = IntStream.range(0, perm.length).filter(i -> perm[i] == i).count();
        assertThat(fixed).isLessThan(100);
    }
}
