package io.gan4j.objectives;

import io.gan4j.Refused;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The objectives that take no parameters, by config name: the one place such an objective is listed. An
 * objective with parameters is listed instead by its parameter record, in {@code
 * config.ObjectiveConfig.WITH_PARAMETERS}, and not here.
 *
 * <p>A user's jar adds objectives without editing gan4j: an {@link Objective} with a public no-argument
 * constructor, named in the jar's {@code META-INF/services/io.gan4j.objectives.Objective}, is found through
 * {@link ServiceLoader} and configured by its {@link Objective#name()} like the built-in ones ({@code objective:
 * my-loss}). A new instance is made for each run. A name already taken, by gan4j or another jar, is refused with
 * both classes named.
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

    /** Built-in and registered objectives by name, found once. */
    private static volatile Map<String, Supplier<Objective>> all;

    private Objectives() {}

    /** The config names, built-in and registered, sorted. */
    public static List<String> names() {
        return all().keySet().stream().sorted().collect(Collectors.toList());
    }

    /** The objective called {@code name}. */
    public static Objective byName(String name) {
        Supplier<Objective> s = all().get(name);
        if (s == null) {
            throw new IllegalArgumentException(
                    "unknown objective '" + name + "'; known: " + String.join(", ", names()));
        }
        return s.get();
    }

    private static Map<String, Supplier<Objective>> all() {
        Map<String, Supplier<Objective>> m = all;
        if (m == null) {
            m = withRegistered(ServiceLoader.load(Objective.class).stream().toList());
            all = m;
        }
        return m;
    }

    /** The built-in objectives and those {@code providers} register, each name once. */
    static Map<String, Supplier<Objective>> withRegistered(List<ServiceLoader.Provider<Objective>> providers) {
        Map<String, Supplier<Objective>> m = new LinkedHashMap<>(BY_NAME);
        Map<String, String> classes = new LinkedHashMap<>();
        BY_NAME.forEach((name, s) -> classes.put(name, "gan4j's own"));
        for (ServiceLoader.Provider<Objective> p : providers) {
            String name = p.get().name();
            String taken = classes.putIfAbsent(name, p.type().getName());
            if (taken != null) {
                throw new Refused("two objectives are named '" + name + "': " + taken + " and "
                        + p.type().getName() + " (registered in META-INF/services/" + Objective.class.getName() + ")");
            }
            m.put(name, p::get);
        }
        return Map.copyOf(m);
    }
}
