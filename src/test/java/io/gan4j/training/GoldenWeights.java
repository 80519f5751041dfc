package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;

/**
 * Seeded runs' trained weights against digests recorded before the training step was refactored
 * (issue 16): every preset must train bit-identically. The digest is SHA-256 of the tensor bytes of
 * a run's {@code generator.safetensors}, {@code discriminator.safetensors} and, with an EMA,
 * {@code generator-ema.safetensors} (not their headers,
 * whose metadata names the version).
 *
 * <p>The runs fix their threads ({@link #THREADS}). Floating-point results depend on the kernels
 * libtorch picks for the CPU, so the digests are
 * recorded per CPU signature (vendor and the vector extensions oneDNN and MKL dispatch on); on a
 * CPU without recorded digests the comparison is skipped, saying so. Run a test with
 * {@code -Dgan4j.golden.record=true} to print the lines to add for a new CPU. Two CPUs of one signature can
 * still pick other kernels (two AMD EPYC of family 25 did): a key then holds both digests, {@code a|b}.
 */
final class GoldenWeights {

    /**
     * The thread settings of every run checked: fixed, because the defaults follow the cores that
     * other work leaves free when the natives load ({@code ThreadSettings}), and another count of
     * threads sums in another order.
     */
    static final String[] THREADS = {"threads.intra_op=1", "threads.blas=1"};

    private static final String FILE = "golden-weights.properties";
    private static final Set<String> DISPATCHED =
            Set.of("avx2", "avx512f", "avx512_bf16", "avx512_vnni", "avx512_fp16", "amx_tile", "amx_bf16");

    private GoldenWeights() {}

    /** Checks the run directory's weights against the digest recorded for {@code name} on this CPU. */
    static void check(String name, RunDirectory run) {
        String key = signature() + "." + name;
        String digest = digest(run.file("generator.safetensors")) + ":" + digest(run.file("discriminator.safetensors"));
        if (Files.exists(run.file("generator-ema.safetensors"))) {
            digest += ":" + digest(run.file("generator-ema.safetensors"));
        }
        if (Boolean.getBoolean("gan4j.golden.record")) {
            System.out.println("golden " + key + "=" + digest);
            return;
        }
        Properties recorded = recorded();
        Assumptions.assumeTrue(
                recorded.stringPropertyNames().stream().anyMatch(k -> k.startsWith(signature() + ".")),
                "no golden weights recorded for this CPU (" + signature() + "): skipping the bit-identity check");
        assertThat(digest)
                .as("the weights of " + name + " against those recorded before the refactor")
                .isIn(List.of(recorded.getProperty(key, "").split("\\|")));
    }

    private static Properties recorded() {
        Properties p = new Properties();
        try (InputStream in = GoldenWeights.class.getResourceAsStream(FILE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The CPU's vendor and dispatched extensions, e.g. {@code AuthenticAMD-avx2-avx512_bf16-avx512f}. */
    static String signature() {
        try {
            String vendor = "unknown";
            Set<String> flags = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("vendor_id")) {
                    vendor = line.substring(line.indexOf(':') + 1).trim();
                } else if (line.startsWith("flags")) {
                    for (String f : line.substring(line.indexOf(':') + 1).trim().split(" ")) {
                        if (DISPATCHED.contains(f)) {
                            flags.add(f);
                        }
                    }
                    break;
                }
            }
            return vendor + "-" + String.join("-", flags);
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** SHA-256 (first 16 hex digits) of the bytes after a safetensors file's header. */
    static String digest(Path safetensors) {
        try {
            byte[] bytes = Files.readAllBytes(safetensors);
            long header =
                    ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, (int) (8 + header), bytes.length - (int) (8 + header));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
