package io.gan4j.data.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The expected digest of a downloaded file.
 *
 * @param algorithm a {@link MessageDigest} algorithm: {@code "MD5"} or {@code "SHA-256"}
 * @param hex       the digest as lower-case hexadecimal
 */
public record Checksum(String algorithm, String hex) {

    /** Validates the algorithm and the digest's length. */
    public Checksum {
        int digits = switch (algorithm) {
            case "MD5" -> 32;
            case "SHA-256" -> 64;
            default ->
                throw new IllegalArgumentException(
                        "checksum algorithm must be MD5 or " + "SHA-256, found " + algorithm);
        };
        hex = hex.toLowerCase(Locale.ROOT);
        if (hex.length() != digits || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException(
                    algorithm + " digest must be " + digits + " hexadecimal digits, found '" + hex + "'");
        }
    }

    /** An MD5 digest. */
    public static Checksum md5(String hex) {
        return new Checksum("MD5", hex);
    }

    /** A SHA-256 digest. */
    public static Checksum sha256(String hex) {
        return new Checksum("SHA-256", hex);
    }

    /** A fresh digest of this algorithm. */
    MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no " + algorithm, e);
        }
    }

    /** The digest's value as lower-case hexadecimal. */
    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public String toString() {
        return algorithm + " " + hex;
    }
}
