package io.gan4j.objectives;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The objectives that take no parameters, by config name: the one place such an objective is listed. An
 * objective with parameters is listed instead by its parameter record, in {@code
 * config.ObjectiveConfig.WITH_PARAMETERS}, and not here.
 */
public final class Objectives {

    private static final Map<String, Supplier<Objective>> BY_NAME = Map.of(
            "minimax",
            Minimax::new,
            "non-saturating",
            NonSaturating::new,
            "combined-kl",
            CombinedKl::new,
            "wasserstein",
            Wasserstein::new,
            "hinge",
            Hinge::new,
            "least-squares",
            LeastSquares::new);

    private Objectives() {}

    /** The config names, sorted. */
    public static List<String> names() {
        return BY_NAME.keySet().stream().sorted().collect(Collectors.toList());
    }

    /** The objective called {@code name}. */
    public static Objective byName(String name) {
        Supplier<Objective> s = BY_NAME.get(name);
        if (s == null) {
            throw new IllegalArgumentException(
                    "unknown objective '" + name + "'; known: " + String.join(", ", names()));
        }
        return s.get();
    }
}
