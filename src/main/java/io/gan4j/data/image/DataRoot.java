package io.gan4j.data.image;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The directory under which gan4j keeps its datasets: {@code mnist/}, {@code fashion-mnist/},
 * {@code cifar10/cifar-10-batches-bin/}, {@code stl10/stl10_binary/}.
 *
 * <p>It is, in order: the configured value ({@code data.root}) if it is neither null nor blank;
 * else the environment variable {@code GAN4J_DATA} if set and not blank; else
 * {@code ~/.cache/gan4j/datasets}. A leading {@code ~/} in either is the user's home.
 */
public final class DataRoot {

    /** The environment variable that names the data root when the config does not. */
    public static final String ENVIRONMENT_VARIABLE = "GAN4J_DATA";

    private DataRoot() {}

    /** The data root from the configured value, the real environment and the user's home. */
    public static Path resolve(String configuredRoot) {
        return resolve(configuredRoot, System::getenv, Path.of(System.getProperty("user.home")));
    }

    /**
     * The data root from the configured value, an environment and a home directory (tests pass
     * their own).
     *
     * @param env  looks an environment variable up, {@code null} if unset
     * @param home the user's home directory
     */
    public static Path resolve(String configuredRoot, Function<String, String> env, Path home) {
        if (configuredRoot != null && !configuredRoot.isBlank()) {
            return expand(configuredRoot.strip(), home);
        }
        String fromEnv = env.apply(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return expand(fromEnv.strip(), home);
        }
        return home.resolve(".cache").resolve("gan4j").resolve("datasets");
    }

    private static Path expand(String path, Path home) {
        if (path.equals("~")) {
            return home;
        }
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }
}
