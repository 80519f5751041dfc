package io.gan4j.config;

import io.gan4j.networks.Activation;
import io.gan4j.networks.Norm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a generator's and a discriminator's network config have in common, and the checks of those settings. */
public sealed interface NetworkConfig permits GeneratorConfig, DiscriminatorConfig {

    String architecture();

    int width();

    int depth();

    String activation();

    String norm();

    boolean spectralNorm();

    int attention();

    int dense();

    /** This config with every {@code auto} and 0 replaced by the architecture's choice. */
    NetworkConfig resolved();

    /** The resolved norm is batch norm. */
    default boolean batchNorm() {
        return Norm.BATCH.configName().equals(resolved().norm());
    }

    /**
     * The checks of the shared settings under {@code path}; {@code family} is the architecture's, empty when it is
     * unknown (the caller names that), and {@code role} is {@code generator} or {@code discriminator}.
     */
    default void validateShared(Violations v, String path, Optional<? extends NetworkFamily> family, String role) {
        v.between(path + ".width", width(), 0, Bounds.WIDTH);
        v.between(path + ".depth", depth(), 1, Bounds.DEPTH);
        v.oneOf(path + ".activation", activation(), withAuto(Activation.configNames()));
        v.oneOf(path + ".norm", norm(), withAuto(Norm.configNames()));
        v.between(path + ".attention", attention(), 0, Bounds.SIDE);
        v.between(path + ".dense", dense(), 0, Bounds.WIDTH);
        v.require(
                dense() == 0 || family.map(NetworkFamily::takesDense).orElse(false),
                path + ".dense",
                "a dense hidden layer is built for the dcgan " + role + ": leave 0 for " + architecture() + ", found "
                        + dense());
    }

    private static List<String> withAuto(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add(Architectures.AUTO);
        return all;
    }
}
