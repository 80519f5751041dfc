package io.gan4j.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A code's categories as a classifier, under the best one-to-one mapping")
class CategoryAccuracyTest {

    @Test
    @DisplayName("a permuted identity (each category one digit) is 1.0, and the mapping is the permutation")
    void permutedIdentity() {
        int[] digitOf = {3, 7, 0, 9, 1, 4, 8, 2, 6, 5};
        long[][] confusion = new long[10][10];
        for (int c = 0; c < 10; c++) {
            confusion[c][digitOf[c]] = 100;
        }
        CategoryAccuracy a = CategoryAccuracy.of(confusion);
        assertThat(a.accuracy()).isEqualTo(1.0);
        assertThat(a.classOf()).containsExactly(digitOf);
        assertThat(a.samples()).isEqualTo(1000);
    }

    @Test
    @DisplayName("a mixed 3×3 case: the best assignment 0→0, 1→2, 2→1 matches 5 + 4 + 0 of 16 = 0.5625")
    void mixed() {
        // every assignment by hand: (0,1,2) 8, (0,2,1) 9, (1,0,2) 2, (1,2,0) 8, (2,0,1) 0, (2,1,0) 5
        long[][] confusion = {{5, 1, 0}, {0, 2, 4}, {3, 0, 1}};
        CategoryAccuracy a = CategoryAccuracy.of(confusion);
        assertThat(a.accuracy()).isCloseTo(9.0 / 16, within(1e-12));
        assertThat(a.classOf()).containsExactly(0, 2, 1);
    }

    @Test
    @DisplayName(
            "one to one, not many to one: [[5, 0], [4, 1]] is (5 + 1)/10 = 0.6, though each row's best column gives "
                    + "0.9")
    void oneToOne() {
        CategoryAccuracy a = CategoryAccuracy.of(new long[][] {{5, 0}, {4, 1}});
        assertThat(a.accuracy()).isCloseTo(0.6, within(1e-12));
        assertThat(a.classOf()).containsExactly(0, 1);
    }

    @Test
    @DisplayName(
            "rectangular: 3 categories over 2 classes leave one category unmapped (−1); 2 over 3 leave a class out")
    void rectangular() {
        CategoryAccuracy more = CategoryAccuracy.of(new long[][] {{4, 0}, {1, 3}, {2, 2}});
        assertThat(more.accuracy()).isCloseTo(7.0 / 12, within(1e-12));
        assertThat(more.classOf()).containsExactly(0, 1, -1);
        CategoryAccuracy fewer = CategoryAccuracy.of(new long[][] {{0, 6, 1}, {2, 0, 3}});
        assertThat(fewer.accuracy()).isCloseTo(9.0 / 12, within(1e-12));
        assertThat(fewer.classOf()).containsExactly(1, 2);
    }

    @Test
    @DisplayName("the confusion counts each (category, class) pair")
    void confusion() {
        long[][] c = CategoryAccuracy.confusion(new int[] {0, 1, 1, 2, 0}, new int[] {2, 0, 0, 1, 2}, 3, 3);
        assertThat(c).isDeepEqualTo(new long[][] {{0, 0, 2}, {2, 0, 0}, {0, 1, 0}});
        assertThat(CategoryAccuracy.of(c).accuracy()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("an empty or negative confusion, and a category out of range, are refused")
    void refused() {
        assertThatThrownBy(() -> CategoryAccuracy.of(new long[][] {{0, 0}, {0, 0}}))
                .hasMessage("a confusion matrix needs at least one sample, found 2×2 with 0");
        assertThatThrownBy(() -> CategoryAccuracy.of(new long[][] {{1, -1}}))
                .hasMessage("confusion counts are non-negative, found -1");
        assertThatThrownBy(() -> CategoryAccuracy.confusion(new int[] {3}, new int[] {0}, 3, 2))
                .hasMessage("sample 0: category 3 of 3, class 0 of 2");
    }
}
