package io.gan4j.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Inception TorchScript path on a tiny module with the same interface
 * (src/test/resources/io/gan4j/metrics/make_tiny_inception.py made it and its expected outputs with
 * Debian's PyTorch 1.13).
 */
@DisplayName("The Inception TorchScript extractor")
class InceptionTorchScriptTest extends TorchTest {

    @TempDir
    static Path dir;

    static Path module;
    static double[] expectedFeatures;
    static double[] expectedProbabilities;

    @BeforeAll
    static void fixture() throws Exception {
        module = dir.resolve("tiny-inception.pt");
        try (InputStream in =
                InceptionTorchScriptTest.class.getResourceAsStream("/io/gan4j/metrics/tiny-inception.pt")) {
            Files.copy(in, module);
        }
        try (InputStream in =
                InceptionTorchScriptTest.class.getResourceAsStream("/io/gan4j/metrics/tiny-inception-expected.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            expectedFeatures = Arrays.stream(lines[0].trim().split(" "))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            expectedProbabilities = Arrays.stream(lines[1].trim().split(" "))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        }
    }

    /** The fixture's bytes b = (37i + 11c + 5y + 3x) mod 256 as pixels x with ⌊127.5x + 128⌋ = b. */
    static Tensor images() {
        float[] v = new float[2 * 3 * 8 * 8];
        int at = 0;
        for (int i = 0; i < 2; i++) {
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        int b = (37 * i + 11 * c + 5 * y + 3 * x) % 256;
                        v[at++] = (float) ((b - 127.75) / 127.5);
                    }
                }
            }
        }
        return Tensor.create(v, 2, 3, 8, 8);
    }

    @Test
    @DisplayName("gives the module's own return_features and softmax(no_output_bias) outputs on uint8 RGB")
    void matchesTheModule() {
        InceptionTorchScript inception = InceptionTorchScript.load(module, true);
        assertThat(inception.dimension()).isEqualTo(8);
        FeatureExtractor.Outputs out = inception.extract(images());
        float[] f = Tensors.toFloats(out.features());
        float[] p = Tensors.toFloats(out.probabilities());
        for (int i = 0; i < f.length; i++) {
            assertThat((double) f[i]).isCloseTo(expectedFeatures[i], within(1e-4));
        }
        for (int i = 0; i < p.length; i++) {
            assertThat((double) p[i]).isCloseTo(expectedProbabilities[i], within(1e-5));
        }
        assertThat(inception.sha256()).hasSize(64);
    }

    @Test
    @DisplayName("converts pixels as StyleGAN does: ⌊127.5x + 128⌋ clamped; grey repeated to RGB")
    void conversion() {
        Tensor x = Tensor.create(new float[] {-1f, -0.5f, 0f, 1f, 2f, -3f}, 1, 1, 2, 3);
        Tensor b = InceptionTorchScript.toBytes(x);
        assertThat(b.shape()).containsExactly(1, 3, 2, 3);
        assertThat(Tensors.toFloats(b)).startsWith(0f, 64f, 128f, 255f, 255f, 0f);
        InceptionTorchScript inception = InceptionTorchScript.load(module, true);
        Tensor grey = images().narrow(1, 0, 1).contiguous();
        assertThat(Tensors.toFloats(inception.extract(grey).features()))
                .containsExactly(Tensors.toFloats(
                        inception.extract(grey.repeat(1, 3, 1, 1)).features()));
    }

    @Test
    @DisplayName("names the file and the download when the module is missing or is not one")
    void refusals() throws Exception {
        assertThatThrownBy(() -> InceptionTorchScript.load(dir.resolve("nope.pt"), true))
                .hasMessageContaining("no Inception TorchScript at")
                .hasMessageContaining(InceptionTorchScript.URL);
        Path junk = Files.writeString(dir.resolve("junk.pt"), "not a zip");
        assertThatThrownBy(() -> InceptionTorchScript.load(junk, true))
                .hasMessageStartingWith(junk + " is not a TorchScript module");
    }

    @Test
    @DisplayName("refuses a file whose SHA-256 is not the known Inception's unless trusted, before libtorch reads it")
    void untrusted() throws Exception {
        Path junk = Files.writeString(dir.resolve("other.pt"), "not a zip");
        String sha = io.gan4j.files.FileDigest.sha256(junk);
        assertThatThrownBy(() -> InceptionTorchScript.load(junk, false))
                .isInstanceOf(io.gan4j.files.BadFile.class)
                .hasMessage(junk + " has SHA-256 " + sha + ", not " + InceptionTorchScript.EXPECTED_SHA256
                        + " of the Inception "
                        + "that FID scores are computed with; loading a TorchScript file runs the code it holds, so "
                        + "gan4j loads another "
                        + "one only with --trust-extractor");
        assertThatThrownBy(() -> InceptionTorchScript.load(module, false)).isInstanceOf(io.gan4j.files.BadFile.class);
    }

    @Test
    @DisplayName("is downloaded once with its SHA-256 checked (a local server stands in for NVIDIA's), and a wrong "
            + "digest keeps nothing")
    void download() throws Exception {
        byte[] bytes = Files.readAllBytes(module);
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        try (io.gan4j.data.image.FixtureServer server = new io.gan4j.data.image.FixtureServer()) {
            server.serve("/metrics/inception-2015-12-05.pt", bytes);
            String url = server.url("/metrics/inception-2015-12-05.pt");
            Path bad = dir.resolve("bad");
            assertThatThrownBy(() -> InceptionTorchScript.fetch(
                            url,
                            io.gan4j.data.image.Checksum.sha256("0".repeat(64)),
                            bad,
                            io.gan4j.data.image.DownloadProgress.silent()))
                    .hasMessageContaining(sha);
            assertThat(bad.resolve(InceptionTorchScript.FILE_NAME)).doesNotExist();
            Path got = InceptionTorchScript.fetch(
                    url,
                    io.gan4j.data.image.Checksum.sha256(sha),
                    dir.resolve("models"),
                    io.gan4j.data.image.DownloadProgress.silent());
            assertThat(got).isEqualTo(dir.resolve("models").resolve(InceptionTorchScript.FILE_NAME));
            assertThat(InceptionTorchScript.load(got, true).dimension()).isEqualTo(8);
        }
    }
}
