package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("The gan4j command line")
class CliTest {

    /** Exit code, standard output and standard error of one in-process invocation. */
    record Outcome(int code, String out, String err) {}

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Gan4j.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Nested
    @DisplayName("answers at once, without libtorch,")
    class WithoutNatives {

        @Test
        void help() {
            Outcome o = run("--help");
            assertThat(o.code()).isZero();
            assertThat(o.out()).contains("Usage: gan4j", "demo", "train", "sample", "presets", "validate", "bench");
        }

        @Test
        void version() {
            Outcome o = run("--version");
            assertThat(o.code()).isZero();
            assertThat(o.out()).startsWith("gan4j ").contains("PyTorch 2.10.0-1.5.13");
        }

        @Test
        void presetsOneLineEach() {
            Outcome o = run("presets");
            assertThat(o.code()).isZero();
            assertThat(o.out().lines())
                    .anySatisfy(l -> assertThat(l).startsWith("wgan-gp-ring ").contains("gradient penalty"));
            assertThat(o.out().lines().count())
                    .isEqualTo(io.gan4j.config.Presets.names().size());
        }

        @Test
        void theoryListsItsExperiments() {
            Outcome o = run("theory", "--help");
            assertThat(o.code()).isZero();
            assertThat(o.out())
                    .contains(
                            "optimal-discriminator",
                            "parallel-lines",
                            "saturation",
                            "gradient-norms",
                            "critic-tracks-quality",
                            "spectral-norm");
            Outcome one = run("theory", "spectral-norm", "--help");
            assertThat(one.code()).isZero();
            assertThat(one.out()).contains("--out=DIR", "--seed=N", "--quick", "--threads=N");
        }

        @Test
        void validatePrintsTheResolvedConfig() {
            Outcome o = run("validate", "wgan-clip-ring", "--set", "train.steps=10");
            assertThat(o.code()).isZero();
            assertThat(o.out()).contains("steps: 10", "clip: 0.01", "type: rmsprop");
        }
    }

    @Nested
    @DisplayName("reports usage errors with exit code 2 and no stack trace:")
    class UsageErrors {

        @Test
        void everyConfigProblemAtOnce(@TempDir Path dir) throws Exception {
            Path bad = dir.resolve("bad.yaml");
            Files.writeString(bad, "train: {n_critic: 0, stepz: 3}\noptimisers: {discriminator: {lr: -1}}\n");
            Outcome o = run("validate", bad.toString());
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err())
                    .isEqualTo("gan4j: invalid configuration '" + bad + "' (3 problems):\n"
                            + "  - train.stepz: unknown key; did you mean 'steps'? known keys of train: steps, "
                            + "n_critic, "
                            + "wgan_schedule, "
                            + "ema, checkpoint_every, "
                            + "keep_checkpoints, nan_patience\n"
                            + "  - optimisers.discriminator.lr: must be positive, found -1.0\n"
                            + "  - train.n_critic: must be from 1 to 1000, found 0\n");
            assertThat(o.err()).doesNotContain("Exception", "\tat ");
        }

        @Test
        void aMissingConfigFile() {
            Outcome o = run("train", "no/such.yaml");
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err())
                    .startsWith("gan4j: invalid configuration 'no/such.yaml' (1 problem):\n  - file not found: ");
        }

        @Test
        void anUnknownPreset() {
            Outcome o = run("train", "wgan-gp");
            assertThat(o.code()).isEqualTo(2);
            // a prefix of three presets is no slip: no suggestion
            assertThat(o.err()).contains("no config file or preset of that name; presets: demo, gan-minimax-ring");
        }

        @Test
        void anUnknownOption() {
            Outcome o = run("train", "demo", "--stepz=3");
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).startsWith("Unknown option: '--stepz=3'\nUsage: gan4j train ");
        }

        @Test
        void aMisspeltOptionOrCommand() {
            Outcome o = run("train", "demo", "--nprocs=2");
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).isEqualTo("Unknown option: '--nprocs=2'\nPossible solutions: --nproc\n");
            assertThat(run("trian").err()).contains("Did you mean: gan4j train?");
        }

        @Test
        void aBadThreadCount() {
            Outcome o = run("train", "demo", "--threads", "0");
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).isEqualTo("gan4j: --threads must be at least 1, found 0\n");
        }

        @Test
        void dataParallelOptions() {
            Outcome o = run("train", "wgan-gp-ring", "--nproc", "3");
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err())
                    .isEqualTo("gan4j: data.batch_size 256 is the global batch and must split evenly over the 3 "
                            + "workers (--nproc 3 × --nnodes 1)\n");
            assertThat(run("train", "demo", "--nnodes", "2").err())
                    .isEqualTo("gan4j: --nnodes 2 needs --master HOST:PORT, machine 0's address (the same on every "
                            + "machine)\n");
            assertThat(run("train", "demo", "--nproc", "2", "--backend", "mpi").err())
                    .isEqualTo("gan4j: --backend must be auto, gloo or nccl, found 'mpi'\n");
            assertThat(run("train", "demo", "--nnodes", "2", "--node-rank", "2", "--master", "a:1")
                            .err())
                    .isEqualTo("gan4j: --node-rank must be 0 to 1 with --nnodes 2, found 2\n");
            assertThat(run("train", "demo", "--nproc", "2", "--master", "host").err())
                    .isEqualTo("gan4j: --master must be HOST:PORT, found 'host'\n");
            assertThat(run("train", "demo", "--nnodes", "2", "--node-rank", "1", "--master", "a:29500")
                            .err())
                    .isEqualTo("gan4j: --node-rank 1 needs the run's --out, as given to machine 0\n");
        }

        @Test
        void aRunDirectoryThatIsNotEmpty(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("x"), "");
            Outcome o = run("train", "demo", "--out", dir.toString(), "--set", "train.steps=1");
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).isEqualTo("gan4j: output directory " + dir + " is not empty; choose another --out\n");
        }

        @Test
        void aTheoryRunIntoADirectoryThatIsNotEmpty(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("x"), "");
            for (String experiment : new String[] {"saturation", "gradient-norms"}) {
                Outcome o = run("theory", experiment, "--out", dir.toString());
                assertThat(o.code()).isEqualTo(2);
                assertThat(o.err())
                        .isEqualTo("gan4j: output directory " + dir + " is not empty; choose another --out\n");
            }
        }

        @Test
        void sampleFromSomethingThatIsNotARun(@TempDir Path dir) {
            Outcome o =
                    run("sample", dir.toString(), "--out", dir.resolve("s.csv").toString());
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).isEqualTo("gan4j: " + dir + " is not a gan4j run directory (no config.yaml)\n");
        }
    }

    @Nested
    @DisplayName(
            "reports a data fault of train with exit code 1, the file's name, no stack trace and no run directory:")
    class DataFaults {

        @Test
        @DisplayName("missing files, download off")
        void missing(@TempDir Path dir) throws Exception {
            Files.createDirectories(dir.resolve("root"));
            Outcome o = run(
                    "train",
                    "dcgan-mnist",
                    "--quiet",
                    "--out",
                    dir.resolve("run").toString(),
                    "--set",
                    "data.root='" + dir.resolve("root") + "'",
                    "--set",
                    "data.download=false");
            assertThat(o.code()).isEqualTo(1);
            assertThat(o.err())
                    .contains("missing in " + dir.resolve("root").resolve("mnist"), "train-images-idx3-ubyte.gz")
                    .doesNotContain("\tat ", "    at ", "bug");
            assertThat(dir.resolve("run")).doesNotExist();
            // an --out whose parents did not exist leaves none of them; a parent another run uses stays
            Outcome nested = run(
                    "train",
                    "dcgan-mnist",
                    "--quiet",
                    "--out",
                    dir.resolve("new/runs/r").toString(),
                    "--set",
                    "data.root='" + dir.resolve("root") + "'",
                    "--set",
                    "data.download=false");
            assertThat(nested.code()).isEqualTo(1);
            assertThat(dir.resolve("new")).doesNotExist();
            Files.createDirectories(dir.resolve("shared/other-run"));
            run(
                    "train",
                    "dcgan-mnist",
                    "--quiet",
                    "--out",
                    dir.resolve("shared/r").toString(),
                    "--set",
                    "data.root='" + dir.resolve("root") + "'",
                    "--set",
                    "data.download=false");
            assertThat(dir.resolve("shared/r")).doesNotExist();
            assertThat(dir.resolve("shared/other-run")).isDirectory();
        }

        @Test
        @DisplayName("an IDX file with the wrong magic number, into an empty --out that stays empty")
        void wrongMagic(@TempDir Path dir) throws Exception {
            Path mnist = Files.createDirectories(dir.resolve("root").resolve("mnist"));
            for (String f : new String[] {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"}) {
                try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(mnist.resolve(f)))) {
                    gz.write(new byte[] {'g', 'a', 'r', 'b', 'a', 'g', 'e', '!'});
                }
            }
            Path out = Files.createDirectories(dir.resolve("run"));
            Outcome o = run(
                    "train",
                    "dcgan-mnist",
                    "--quiet",
                    "--out",
                    out.toString(),
                    "--set",
                    "data.root='" + dir.resolve("root") + "'",
                    "--set",
                    "data.download=false");
            assertThat(o.code()).isEqualTo(1);
            assertThat(o.err())
                    .contains("train-images-idx3-ubyte.gz: magic number 0x67617262 found, expected 0x00000803")
                    .doesNotContain("    at ", "bug");
            try (var left = Files.list(out)) {
                assertThat(left).isEmpty();
            }
        }

        @Test
        @DisplayName("--debug adds the stack trace to a user's fault, which otherwise has none")
        void debug(@TempDir Path dir) {
            Outcome plain = run("validate", dir.resolve("none.yaml").toString());
            Outcome debug = run("validate", dir.resolve("none.yaml").toString(), "--debug");
            assertThat(plain.code()).isEqualTo(2);
            assertThat(debug.code()).isEqualTo(2);
            assertThat(plain.err()).doesNotContain("\tat ");
            assertThat(debug.err())
                    .startsWith(plain.err())
                    .contains("io.gan4j.config.ConfigException", "\tat io.gan4j.config.ConfigReader");
        }

        private Outcome folder(Path dir, Path images) {
            return run(
                    "train",
                    "dcgan-mnist",
                    "--quiet",
                    "--out",
                    dir.resolve("run").toString(),
                    "--set",
                    "data={dataset: folder, path: '" + images + "', image_size: 28, channels: 1}",
                    "--set",
                    "train.steps=1");
        }

        @Test
        @DisplayName("a folder without pictures")
        void emptyFolder(@TempDir Path dir) throws Exception {
            Path images = Files.createDirectories(dir.resolve("images"));
            Outcome o = folder(dir, images);
            assertThat(o.code()).isEqualTo(1);
            assertThat(o.err()).isEqualTo("gan4j: " + images + ": no .png, .jpg or .jpeg files found\n");
            assertThat(dir.resolve("run")).doesNotExist();
        }

        @Test
        @DisplayName("a corrupt PNG")
        void corruptPng(@TempDir Path dir) throws Exception {
            Path images = Files.createDirectories(dir.resolve("images"));
            Files.write(
                    images.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3});
            Outcome o = folder(dir, images);
            assertThat(o.code()).isEqualTo(1);
            assertThat(o.err())
                    .startsWith("gan4j: cannot read image " + images.resolve("a.png") + ": ")
                    .doesNotContain("    at ", "bug");
            assertThat(dir.resolve("run")).doesNotExist();
        }

        @Test
        @DisplayName("an IDX file whose body is cut short")
        void truncatedIdx(@TempDir Path dir) throws Exception {
            Path images = dir.resolve("images.idx");
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16 + 28 * 28 * 3)
                    .putInt(0x803)
                    .putInt(10)
                    .putInt(28)
                    .putInt(28);
            Files.write(images, b.array());
            Path labels = dir.resolve("labels.idx");
            Files.write(
                    labels,
                    java.nio.ByteBuffer.allocate(18).putInt(0x801).putInt(10).array());
            Outcome o = run(
                    "train",
                    "dcgan-mnist",
                    "--quiet",
                    "--out",
                    dir.resolve("run").toString(),
                    "--set",
                    "data={dataset: idx, path: '" + images + "', labels: '" + labels + "'}",
                    "--set",
                    "train.steps=1");
            assertThat(o.code()).isEqualTo(1);
            assertThat(o.err())
                    .isEqualTo("gan4j: " + images + ": expected 7840 bytes of image data from offset 16, the file ends "
                            + "at offset 2368\n");
            assertThat(dir.resolve("run")).doesNotExist();
        }
    }
}
