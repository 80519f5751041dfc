package io.gan4j.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Class agreement: the share of class-conditioned samples labelled as their class")
class ClassAgreementTest {

    @Test
    @DisplayName("by hand, 3 classes: asked 0,0,1,1,2,2 predicted 0,1,1,1,0,2 → 4/6 overall; per class 1/2, 1, 1/2")
    void byHand() {
        ClassAgreement a = ClassAgreement.of(new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 1, 1, 0, 2}, 3);
        assertThat(a.overall()).isCloseTo(4.0 / 6, within(1e-15));
        assertThat(a.perClass()).containsExactly(0.5, 1.0, 0.5);
        assertThat(a.confusion()[0]).containsExactly(1, 1, 0);
        assertThat(a.confusion()[1]).containsExactly(0, 2, 0);
        assertThat(a.confusion()[2]).containsExactly(1, 0, 1);
        assertThat(a.samples()).isEqualTo(6);
        assertThat(a.chance()).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    @DisplayName("predictions that ignore the asked class (the same label histogram for every class) score exactly 1/K")
    void ignoringTheClassIsChance() {
        int k = 10;
        int[] asked = ClassAgreement.balanced(1000, k);
        int[] predicted = new int[1000];
        for (int i = 0; i < 1000; i++) {
            predicted[i] = (i / k) % k; // independent of i mod K: each asked class sees every label equally often
        }
        assertThat(ClassAgreement.of(asked, predicted, k).overall()).isCloseTo(0.1, within(1e-15));
    }

    @Test
    @DisplayName("a class with no samples has NaN agreement; mismatched lengths and out-of-range labels are refused")
    void edges() {
        ClassAgreement a = ClassAgreement.of(new int[] {0, 0}, new int[] {0, 1}, 3);
        assertThat(a.perClass()[1]).isNaN();
        assertThatThrownBy(() -> ClassAgreement.of(new int[] {0}, new int[] {0, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 samples, 2 predictions");
        assertThatThrownBy(() -> ClassAgreement.of(new int[] {0}, new int[] {5}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("predicted 5");
        assertThat(ClassAgreement.balanced(5, 2)).containsExactly(0, 1, 0, 1, 0);
    }
}
