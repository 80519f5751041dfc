package io.gan4j.objectives;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The registry of objectives by config name; the one place a new objective is listed. */
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
            LeastSquares::new,
            EbganMargin.NAME,
            () -> new EbganMargin(EbganMargin.DEFAULT_MARGIN));

    private Objectives() {}

    /** The config names, sorted. */
    public static List<String> names() {
        return BY_NAME.keySet().stream().sorted().collect(Collectors.toList());
    }

    /**
     * The objective called {@code name}, with its parameters at their defaults (a config's own
     * values, such as {@code objective.margin}, are applied by {@code config.ObjectiveConfig}).
     */
    public static Objective byName(String name) {
        Supplier<Objective> s = BY_NAME.get(name);
        if (s == null) {
            throw new IllegalArgumentException(
                    "unknown objective '" + name + "'; known: " + String.join(", ", names()));
        }
        return s.get();
    }

    /** Whether {@code name}'s discriminator is a critic whose scores are not logits (no sigmoid). */
    public static boolean isCritic(String name) {
        return byName(name).isCritic();
    }

    /** Whether {@code name}'s scores are energies, low on real data (see {@link Objective#scoresAreEnergies()}). */
    public static boolean scoresAreEnergies(String name) {
        return byName(name).scoresAreEnergies();
    }
}
