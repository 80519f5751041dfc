package io.gan4j.config;

import com.fasterxml.jackson.annotation.JsonValue;
import io.gan4j.Refused;
import io.gan4j.step.StepTerms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The players' regularisers that are on, by their key under {@code regularisers}: each a
 * {@link RegulariserConfig} of the registry {@link #known()}. A run's file lists every known one,
 * {@code null} for those that are off.
 *
 * @param on the regularisers that are on, by config name
 */
public record RegularisersConfig(Map<String, RegulariserConfig> on) {

    /** gan4j's own regularisers, at their defaults, in the order a config file lists them. */
    private static final List<RegulariserConfig> BUILT_IN =
            List.of(GradientPenaltyConfig.defaults(), WeightClippingConfig.defaults(), PullingAwayConfig.defaults());

    /** {@link #BUILT_IN} and the registered ones, found once. */
    private static volatile List<RegulariserConfig> known;

    public RegularisersConfig {
        on = Collections.unmodifiableMap(new LinkedHashMap<>(on));
    }

    public static RegularisersConfig defaults() {
        return new RegularisersConfig(Map.of());
    }

    /**
     * Every regulariser gan4j knows, at its defaults, in the order a config file lists them: its own, then those a
     * user's jar registers in {@code META-INF/services/io.gan4j.config.RegulariserConfig} (a public record with a
     * public no-argument constructor giving its defaults, and the static {@code defaults()} every regulariser has).
     */
    static List<RegulariserConfig> known() {
        List<RegulariserConfig> k = known;
        if (k == null) {
            k = withRegistered(ServiceLoader.load(RegulariserConfig.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList());
            known = k;
        }
        return k;
    }

    /** {@link #BUILT_IN} followed by {@code registered}; a config name taken twice is refused, naming both classes. */
    static List<RegulariserConfig> withRegistered(List<RegulariserConfig> registered) {
        List<RegulariserConfig> all = new ArrayList<>(BUILT_IN);
        for (RegulariserConfig r : registered) {
            for (RegulariserConfig other : all) {
                if (other.configName().equals(r.configName())) {
                    throw new Refused("two regularisers are named '" + r.configName() + "': "
                            + other.getClass().getName() + " and "
                            + r.getClass().getName()
                            + " (registered in META-INF/services/" + RegulariserConfig.class.getName() + ")");
                }
            }
            all.add(r);
        }
        return List.copyOf(all);
    }

    /** The config names of the known regularisers. */
    static List<String> names() {
        return known().stream().map(RegulariserConfig::configName).toList();
    }

    /** The regulariser of type {@code type} if it is on, else {@code null}. */
    public <T extends RegulariserConfig> T get(Class<T> type) {
        return on.values().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElse(null);
    }

    /** This config with {@code r} on (replacing one of its kind). */
    public RegularisersConfig with(RegulariserConfig r) {
        Map<String, RegulariserConfig> m = new LinkedHashMap<>(on);
        m.put(r.configName(), r);
        return new RegularisersConfig(m);
    }

    /** As written to a file: every known name, in {@link #known()}'s order, {@code null} when off. */
    @JsonValue
    Map<String, RegulariserConfig> asWritten() {
        Map<String, RegulariserConfig> m = new LinkedHashMap<>();
        for (String name : names()) {
            m.put(name, on.get(name));
        }
        return m;
    }

    void validate(Violations v, String path) {
        inOrder().forEach(r -> r.validate(v, path + "." + r.configName()));
    }

    /** Each regulariser's rules about the rest of {@code config}. */
    void checkWith(RunConfig config, Violations v, String path) {
        inOrder().forEach(r -> r.checkWith(config, v, path + "." + r.configName()));
    }

    /** Adds every regulariser's term or constraint to a run's steps, in {@link #known()}'s order. */
    public void addTo(StepTerms terms) {
        inOrder().forEach(r -> r.addTo(terms));
    }

    private List<RegulariserConfig> inOrder() {
        return names().stream().filter(on::containsKey).map(on::get).toList();
    }
}
