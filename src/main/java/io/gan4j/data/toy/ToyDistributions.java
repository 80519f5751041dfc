package io.gan4j.data.toy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry of toy distributions, by the names used in configs and on the command line:
 * {@code ring}, {@code grid}, {@code 8gaussians}, {@code 25gaussians}, {@code swissroll}.
 */
public final class ToyDistributions {

    private static final List<String> NAMES = List.of("ring", "grid", "8gaussians", "25gaussians", "swissroll");

    private static final Map<String, Supplier<ToyDistribution>> BY_NAME = Map.of(
            "ring", Ring::new,
            "grid", Grid::new,
            "8gaussians", EightGaussians::new,
            "25gaussians", TwentyFiveGaussians::new,
            "swissroll", SwissRoll::new);

    private ToyDistributions() {}

    /**
     * Looks a distribution up by its registered name (exact, case-sensitive).
     *
     * @param name a name from {@link #names()}
     * @return the distribution, whose {@link ToyDistribution#name()} is {@code name}
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static ToyDistribution byName(String name) {
        Supplier<ToyDistribution> factory = name == null ? null : BY_NAME.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "unknown toy dataset '" + name + "'; known: " + String.join(", ", NAMES));
        }
        return factory.get();
    }

    /** The registered names, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }
}
