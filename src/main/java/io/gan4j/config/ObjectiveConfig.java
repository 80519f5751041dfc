package io.gan4j.config;

import com.fasterxml.jackson.annotation.JsonValue;
import io.gan4j.objectives.Objective;
import io.gan4j.objectives.Objectives;
import java.util.List;
import java.util.stream.Stream;

/**
 * The adversarial objective a run trains with, and its parameters: under {@code objective}, its
 * name alone ({@code objective: hinge}) or, for one that has parameters, a mapping of its name and
 * them ({@code objective: {name: ebgan-margin, margin: 1}}), where those left out keep their
 * defaults. An objective with parameters has a record of its own, with a static {@code defaults()},
 * listed in {@link #WITH_PARAMETERS} (and nowhere else); one without is listed in {@link Objectives} and
 * configured as a {@link Named}.
 */
public interface ObjectiveConfig {

    /** The records of the objectives that have parameters, at their defaults. */
    List<ObjectiveConfig> WITH_PARAMETERS = List.of(EbganMarginConfig.defaults());

    /** Its name in {@link #names()}. */
    String name();

    /** Its own problems, under {@code path}. */
    void validate(Violations v, String path);

    /** The objective, with these parameters. */
    Objective build();

    /** Every objective's config name, sorted: those of {@link Objectives} and of {@link #WITH_PARAMETERS}. */
    static List<String> names() {
        return Stream.concat(
                        Objectives.names().stream(), WITH_PARAMETERS.stream().map(ObjectiveConfig::name))
                .sorted()
                .toList();
    }

    /** The objective called {@code name} at its defaults (a {@link Named} when it has no parameters). */
    static ObjectiveConfig of(String name) {
        return WITH_PARAMETERS.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseGet(() -> new Named(name));
    }

    /**
     * An objective with no parameters, written as its name alone.
     *
     * @param name its name in {@link Objectives#names()}
     */
    record Named(@JsonValue String name) implements ObjectiveConfig {

        @Override
        public void validate(Violations v, String path) {
            v.oneOf(path, name, names());
        }

        @Override
        public Objective build() {
            return Objectives.byName(name);
        }
    }
}
