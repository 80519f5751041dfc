package io.gan4j.objectives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.Refused;
import java.util.List;
import java.util.ServiceLoader;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Objectives a user's jar registers through ServiceLoader")
class RegisteredObjectivesTest {

    /** A registered objective: D's and G's losses are not used here. */
    public static final class Mine implements Objective {
        private final String name;

        public Mine() {
            this("my-loss");
        }

        Mine(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Tensor generatorLoss(Tensor fakeScores) {
            throw new UnsupportedOperationException();
        }
    }

    private static ServiceLoader.Provider<Objective> provider(String name) {
        return new ServiceLoader.Provider<>() {
            @Override
            public Class<? extends Objective> type() {
                return Mine.class;
            }

            @Override
            public Objective get() {
                return new Mine(name);
            }
        };
    }

    @Test
    @DisplayName("join the built-in ones under their own name, a new instance each time")
    void joinTheBuiltIns() {
        var all = Objectives.withRegistered(List.of(provider("my-loss")));
        assertThat(all.keySet()).contains("my-loss", "minimax", "hinge").hasSize(7);
        assertThat(all.get("my-loss").get())
                .isInstanceOf(Mine.class)
                .isNotSameAs(all.get("my-loss").get());
    }

    @Test
    @DisplayName("a name already taken is refused, naming both classes")
    void clashesAreRefused() {
        assertThatThrownBy(() -> Objectives.withRegistered(List.of(provider("hinge"))))
                .isInstanceOf(Refused.class)
                .hasMessage("two objectives are named 'hinge': gan4j's own and " + Mine.class.getName()
                        + " (registered in META-INF/services/io.gan4j.objectives.Objective)");
        assertThatThrownBy(() -> Objectives.withRegistered(List.of(provider("x"), provider("x"))))
                .hasMessageContaining("two objectives are named 'x': " + Mine.class.getName() + " and ");
    }
}
