package io.gan4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** gan4j's version and the libtorch presets it was built against, read without loading natives. */
public final class Version {

    private static final Properties PROPERTIES = load();

    private Version() {}

    /** gan4j's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String gan4j() {
        return PROPERTIES.getProperty("gan4j.version", "unknown");
    }

    /** The JavaCPP PyTorch presets' version, e.g. {@code 2.10.0-1.5.13} (PyTorch 2.10.0). */
    public static String pytorchPresets() {
        return PROPERTIES.getProperty("pytorch.presets.version", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
