package io.gan4j.objectives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.config.ConfigException;
import io.gan4j.config.ConfigReader;
import io.gan4j.config.ObjectiveConfig;
import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Objectives")
class ObjectivesTest extends TorchTest {

    private static final float[] REAL = {1.0f, -2.0f, 0.5f};
    private static final float[] FAKE = {0.5f, 3.0f, -1.5f};

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    private static double mean(float[] xs, java.util.function.DoubleUnaryOperator f) {
        double s = 0;
        for (float x : xs) {
            s += f.applyAsDouble(x);
        }
        return s / xs.length;
    }

    private static double logisticD() {
        return mean(REAL, l -> softplus(-l)) + mean(FAKE, l -> softplus(l));
    }

    @Nested
    @DisplayName("closed forms on given scores")
    class ClosedForms {

        @Test
        void minimaxDiscriminatorIsMinusLogLikelihood() {
            assertThat(value(new Minimax().discriminatorLoss(vector(REAL), vector(FAKE))))
                    .isCloseTo(logisticD(), within(1e-6));
        }

        @Test
        void minimaxAtEvenOddsIsTwoLogTwo() {
            assertThat(value(new Minimax().discriminatorLoss(vector(0, 0), vector(0, 0))))
                    .isCloseTo(2 * Math.log(2), within(1e-6));
            assertThat(value(new Minimax().generatorLoss(vector(0, 0)))).isCloseTo(-Math.log(2), within(1e-6));
        }

        @Test
        void minimaxGeneratorIsLogOneMinusD() {
            double expected = mean(FAKE, l -> Math.log(1 - 1 / (1 + Math.exp(-l))));
            assertThat(value(new Minimax().generatorLoss(vector(FAKE)))).isCloseTo(expected, within(1e-6));
        }

        @Test
        void nonSaturatingGeneratorIsMinusLogD() {
            double expected = mean(FAKE, l -> -Math.log(1 / (1 + Math.exp(-l))));
            assertThat(value(new NonSaturating().generatorLoss(vector(FAKE)))).isCloseTo(expected, within(1e-6));
            assertThat(value(new NonSaturating().discriminatorLoss(vector(REAL), vector(FAKE))))
                    .isCloseTo(logisticD(), within(1e-6));
        }

        @Test
        void combinedIsMinusLogitAndTheSumOfMinimaxAndNonSaturating() {
            double expected = -mean(FAKE, l -> l);
            assertThat(value(new CombinedKl().generatorLoss(vector(FAKE)))).isCloseTo(expected, within(1e-6));
            double sum = value(new Minimax().generatorLoss(vector(FAKE)))
                    + value(new NonSaturating().generatorLoss(vector(FAKE)));
            assertThat(value(new CombinedKl().generatorLoss(vector(FAKE)))).isCloseTo(sum, within(1e-5));
        }

        @Test
        void wassersteinIsDifferenceOfMeans() {
            double expected = mean(FAKE, l -> l) - mean(REAL, l -> l);
            assertThat(value(new Wasserstein().discriminatorLoss(vector(REAL), vector(FAKE))))
                    .isCloseTo(expected, within(1e-6));
            assertThat(value(new Wasserstein().generatorLoss(vector(FAKE))))
                    .isCloseTo(-mean(FAKE, l -> l), within(1e-6));
        }

        @Test
        void hingeWithAllScoresOneIsTwo() {
            assertThat(value(new Hinge().discriminatorLoss(vector(1, 1), vector(1, 1))))
                    .isCloseTo(2.0, within(1e-7));
        }

        @Test
        void hingeMatchesItsFormula() {
            double expected = mean(REAL, l -> Math.max(0, 1 - l)) + mean(FAKE, l -> Math.max(0, 1 + l));
            assertThat(value(new Hinge().discriminatorLoss(vector(REAL), vector(FAKE))))
                    .isCloseTo(expected, within(1e-6));
            assertThat(value(new Hinge().generatorLoss(vector(FAKE)))).isCloseTo(-mean(FAKE, l -> l), within(1e-6));
        }

        @Test
        void leastSquaresMatchesItsFormula() {
            double d = 0.5 * mean(REAL, l -> (l - 1) * (l - 1)) + 0.5 * mean(FAKE, l -> l * l);
            double g = 0.5 * mean(FAKE, l -> (l - 1) * (l - 1));
            assertThat(value(new LeastSquares().discriminatorLoss(vector(REAL), vector(FAKE))))
                    .isCloseTo(d, within(1e-6));
            assertThat(value(new LeastSquares().generatorLoss(vector(FAKE)))).isCloseTo(g, within(1e-6));
        }

        @Test
        void logisticLossesStayFiniteForExtremeLogits() {
            Tensor extreme = vector(-200f, 200f);
            assertThat(value(new Minimax().discriminatorLoss(extreme, extreme))).isCloseTo(200.0, within(1e-3));
            assertThat(value(new NonSaturating().generatorLoss(vector(-200f)))).isCloseTo(200.0, within(1e-3));
            assertThat(value(new Minimax().generatorLoss(vector(200f)))).isCloseTo(-200.0, within(1e-3));
        }
    }

    @Nested
    @DisplayName("EBGAN's margin loss, m = 10")
    class Margin {

        private final EbganMargin margin = new EbganMargin(10);

        @Test
        @DisplayName("D's loss is mean(real) + mean(max(0, m − fake)), G's mean(fake)")
        void closedForm() {
            // real mean (1 + 3)/2 = 2; hinge terms max(0, 10 − 12) = 0 and max(0, 10 − 4) = 6, mean 3
            assertThat(value(margin.discriminatorLoss(vector(1, 3), vector(12, 4))))
                    .isCloseTo(5.0, within(1e-6));
            assertThat(value(margin.generatorLoss(vector(12, 4)))).isCloseTo(8.0, within(1e-6));
            assertThat(margin.scoresAreEnergies()).isTrue();
        }

        @Test
        @DisplayName("∂L_D/∂D(G(z_i)) is 0 where D(G(z_i)) ≥ m and −1/N below; ∂L_D/∂D(x_i) is 1/N")
        void gradients() {
            Tensor real = vector(0.5f, 1, 2, 4).set_requires_grad(true);
            Tensor fake = vector(12, 10, 9, 3).set_requires_grad(true);
            margin.discriminatorLoss(real, fake).backward();
            // 12 and 10 are at or above the margin (relu's gradient at 0 is 0, as in PyTorch)
            assertThat(Tensors.toFloats(fake.grad()))
                    .containsExactly(new float[] {0f, 0f, -0.25f, -0.25f}, offset(1e-7f));
            assertThat(Tensors.toFloats(real.grad()))
                    .containsExactly(new float[] {0.25f, 0.25f, 0.25f, 0.25f}, offset(1e-7f));
        }

        @Test
        @DisplayName("G's gradient is 1/N on every fake energy, above the margin too")
        void generatorGradient() {
            Tensor fake = vector(12, 3).set_requires_grad(true);
            margin.generatorLoss(fake).backward();
            assertThat(Tensors.toFloats(fake.grad())).containsExactly(new float[] {0.5f, 0.5f}, offset(1e-7f));
        }

        @Test
        @DisplayName("a margin that is not positive is refused, naming the value")
        void refusesBadMargins() {
            assertThatThrownBy(() -> new EbganMargin(0))
                    .hasMessage("the EBGAN margin must be positive and finite, found 0.0");
        }
    }

    static Stream<String> registered() {
        return ObjectiveConfig.names().stream();
    }

    private static Objective named(String name) {
        return ObjectiveConfig.of(name).build();
    }

    @Nested
    @DisplayName("every registered objective")
    class Contract {

        @ParameterizedTest
        @MethodSource("io.gan4j.objectives.ObjectivesTest#registered")
        @DisplayName("keeps the objective contract a user's objective is held to (io.gan4j.api.ObjectiveContract)")
        void keepsTheContract(String name) {
            Objective o = named(name);
            assertThat(o.name()).isEqualTo(name);
            assertThat(io.gan4j.api.ObjectiveContract.violations(o)).isEmpty();
        }

        @Test
        void everyObjectiveClassIsRegistered() throws IOException, URISyntaxException {
            Path dir = Path.of(Objective.class.getResource("Objective.class").toURI())
                    .getParent();
            List<String> implementations;
            try (Stream<Path> files = Files.list(dir)) {
                implementations = files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".class") && !f.contains("$"))
                        .map(f -> "io.gan4j.objectives." + f.substring(0, f.length() - 6))
                        .map(ObjectivesTest::load)
                        .filter(c -> Objective.class.isAssignableFrom(c) && !c.isInterface())
                        .map(Class::getSimpleName)
                        .sorted()
                        .collect(Collectors.toList());
            }
            List<String> registered = ObjectiveConfig.names().stream()
                    .map(n -> named(n).getClass().getSimpleName())
                    .sorted()
                    .collect(Collectors.toList());
            assertThat(registered).isEqualTo(implementations);
        }

        @Test
        void theCriticsAreWassersteinAndHinge() {
            assertThat(ObjectiveConfig.names().stream().filter(n -> named(n).isCritic()))
                    .containsExactlyInAnyOrder("hinge", "wasserstein");
        }

        @Test
        @DisplayName("an unknown name in a config lists every known one, those with parameters included")
        void unknownNameListsTheKnownOnes() {
            assertThatThrownBy(() -> ConfigReader.fromYaml("objective: wgan", "'t.yaml'", List.of()))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("objective: unknown value 'wgan'; known: combined-kl, ebgan-margin, hinge, "
                            + "least-squares, minimax, non-saturating, wasserstein");
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
