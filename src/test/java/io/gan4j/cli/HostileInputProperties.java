package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.gan4j.UserFault;
import io.gan4j.data.image.IdxHeader;
import io.gan4j.files.BadFile;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.SafetensorsWriter;
import io.gan4j.training.Checkpoint;
import io.gan4j.training.CheckpointException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The fuzz suite: generated configs, argument lists and file headers of the kinds a hostile or
 * careless user produces. Every one must end in one message naming the key, option or file, the
 * right exit code, and no stack trace; no reader may fail with anything but its user-fault type.
 * None of these cases loads libtorch's natives (the readers below need none).
 */
@Label("Hostile inputs")
class HostileInputProperties {

    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("gan4j-fuzz");
    }

    @AfterContainer
    static void removeDir() {
        io.gan4j.files.FileTrees.deleteQuietly(dir, false);
    }

    private static void assertClean(CliTest.Outcome o, int code, String names) {
        assertThat(o.code()).as(o.err()).isEqualTo(code);
        assertThat(o.err()).startsWith("gan4j: ").contains(names).doesNotContain("\tat ", "    at ", "bug in gan4j");
    }

    /** A size-like or numeric key, with a value outside its range or of the wrong kind. */
    record BadValue(String key, String value) {}

    @Provide
    Arbitrary<BadValue> badValues() {
        Arbitrary<String> garbage = Arbitraries.of(
                ".nan",
                ".inf",
                "-.inf",
                "1e20",
                "-1e300",
                "99999999999999999999999",
                "ten",
                "[1, 2]",
                "{a: 1}",
                "*alias",
                "&anchor 3",
                "'5",
                "1\n---\n2",
                "0x1p70",
                "-0.5e400");
        Arbitrary<String> negative =
                Arbitraries.longs().between(Long.MIN_VALUE / 2, -1).map(String::valueOf);
        Arbitrary<String> huge =
                Arbitraries.longs().between(2_000_000, Long.MAX_VALUE).map(String::valueOf);
        // keys with an upper bound: any of the three kinds of value is bad
        Arbitrary<BadValue> bounded = Combinators.combine(
                        Arbitraries.of(
                                "model.generator.width",
                                "model.discriminator.width",
                                "model.generator.depth",
                                "model.latent_dim",
                                "data.batch_size",
                                "data.prefetch",
                                "log.grid_rows",
                                "log.eval_samples",
                                "threads.intra_op",
                                "threads.blas",
                                "train.n_critic",
                                "train.keep_checkpoints",
                                "train.nan_patience",
                                "model.discriminator.packing"),
                        Arbitraries.oneOf(garbage, negative, huge))
                .as(BadValue::new);
        // keys whose large values are legitimate (a learning rate of 2e6 is odd, not wrong): garbage or negative
        Arbitrary<BadValue> unbounded = Combinators.combine(
                        Arbitraries.of("train.steps", "log.every", "optimisers.generator.lr", "train.ema"),
                        Arbitraries.oneOf(garbage, negative))
                .as(BadValue::new)
                .filter(b -> !(b.key().endsWith(".lr") && finitePositive(b.value())));
        Arbitrary<BadValue> seed =
                garbage.filter(g -> !g.equals("-1e300") && !g.equals("'5")).map(g -> new BadValue("seed", g));
        return Arbitraries.oneOf(bounded, unbounded, seed);
    }

    private static boolean finitePositive(String text) {
        try {
            double d = Double.parseDouble(text);
            return d > 0 && Double.isFinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Property(tries = 300)
    @Label("a bad --set value exits 2 naming the key")
    void badOverrides(@ForAll("badValues") BadValue b) {
        assertClean(CliTest.run("validate", "gan-ns-ring", "--set", b.key() + "=" + b.value()), 2, b.key());
    }

    /** YAML lines of a valid config, one of them broken in one of the ways Jackson would accept silently. */
    @Provide
    Arbitrary<String> badYaml() {
        List<String> lines = List.of(
                "name: fuzz",
                "seed: 3",
                "train: {steps: 10, n_critic: 1}",
                "data: {dataset: ring, batch_size: 32}",
                "objective: hinge");
        Arbitrary<Integer> at = Arbitraries.integers().between(0, lines.size() - 1);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        return Combinators.combine(at, kind)
                .as((i, k) -> {
                    List<String> out = new ArrayList<>(lines);
                    switch (k) {
                        case 0 -> out.add(i, lines.get(i)); // a key twice
                        case 1 -> out.add(i + 1, "---"); // a second document
                        case 2 -> out.set(i, lines.get(i).replaceFirst(": ", ": &a ")); // an anchor
                        case 3 -> out.add("extra: *a"); // an alias (and an unknown key)
                        default -> out.set(i, lines.get(i).replaceAll("\\b\\d+\\b", ".nan")); // a non-finite number
                    }
                    return String.join("\n", out) + "\n";
                })
                .filter(y -> !y.equals(String.join("\n", lines) + "\n"));
    }

    @Property(tries = 200)
    @Label("malformed YAML exits 2 naming the line or key")
    void badYamlFiles(@ForAll("badYaml") String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("fuzz.yaml"), yaml);
        CliTest.Outcome o = CliTest.run("validate", file.toString());
        assertClean(o, 2, "invalid configuration '" + file + "'");
        assertThat(o.err()).containsAnyOf("line ", "finite", "unknown key", "found");
    }

    @Provide
    Arbitrary<List<String>> badArguments() {
        Arbitrary<Integer> huge = Arbitraries.integers().between(Integer.MIN_VALUE, 0);
        Arbitrary<Integer> above = Arbitraries.integers().between(100_000, Integer.MAX_VALUE);
        Arbitrary<String> number = Arbitraries.oneOf(huge.map(String::valueOf), above.map(String::valueOf));
        return Arbitraries.oneOf(
                number.map(n -> List.of("train", "gan-ns-ring", "--nproc", n)),
                number.map(n -> List.of("train", "gan-ns-ring", "--nproc", "2", "--nnodes", n)),
                number.map(n -> List.of("train", "gan-ns-ring", "--nproc", "2", "--timeout", n)),
                number.map(n -> List.of(
                        "sample",
                        dir.toString(),
                        "--n",
                        n,
                        "--out",
                        dir.resolve("s.csv").toString())),
                number.map(n -> List.of("evaluate", dir.toString(), "--n", n)),
                Arbitraries.strings()
                        .alpha()
                        .ofMinLength(1)
                        .ofMaxLength(12)
                        .map(s -> List.of("train", "gan-ns-ring", "--" + s)),
                Arbitraries.strings()
                        .withChars("=.")
                        .ofMinLength(1)
                        .ofMaxLength(4)
                        .map(s -> List.of("validate", "gan-ns-ring", "--set", s + "=1")));
    }

    @Property(tries = 200)
    @Label("a bad argument exits 2 with one message")
    void badArgumentLists(@ForAll("badArguments") List<String> args) {
        CliTest.Outcome o = CliTest.run(args.toArray(new String[0]));
        assertThat(o.code()).as(args + ": " + o.err()).isEqualTo(2);
        assertThat(o.err()).doesNotContain("\tat ", "    at ", "bug in gan4j");
    }

    @Provide
    Arbitrary<byte[]> safetensorsHeaders() {
        Arbitrary<Long> length =
                Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 200));
        Arbitrary<String> json = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Combinators.combine(
                                Arbitraries.of("F32", "U8", "I64", "BF16", "x"),
                                Arbitraries.longs(),
                                Arbitraries.longs(),
                                Arbitraries.longs())
                        .as((t, d, b, e) -> "{\"a\":{\"dtype\":\"" + t + "\",\"shape\":[" + d + "],"
                                + "\"data_offsets\":[" + b + "," + e + "]}}"),
                Arbitraries.of(
                        "{\"__metadata__\": 5}", "{\"a\": []}", "{\"a\": {\"shape\": \"x\"}}", "[]", "null", "{}"));
        Arbitrary<Integer> data = Arbitraries.integers().between(0, 64);
        return Combinators.combine(length, json, data).as((l, j, n) -> {
            byte[] h = j.getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(8 + h.length + n).order(ByteOrder.LITTLE_ENDIAN);
            b.putLong(l < 0 || l > 200 ? l : h.length).put(h);
            return b.array();
        });
    }

    @Property(tries = 500)
    @Label("a malformed safetensors header is refused as a bad file, nothing else")
    void safetensors(@ForAll("safetensorsHeaders") byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("fuzz.safetensors"), bytes);
        Throwable t = catchThrowable(() -> SafetensorsReader.open(file));
        assertThat(t)
                .as("%s", t)
                .satisfiesAnyOf(
                        x -> assertThat(x).isNull(),
                        x -> assertThat(x).isInstanceOf(BadFile.class).hasMessageStartingWith(file.toString()));
    }

    @Provide
    Arbitrary<String> stepValues() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.strings()
                        .ofMaxLength(8)
                        .map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
                Arbitraries.of("null", "true", "[]", "{}", "1e400"));
    }

    @Property(tries = 300)
    @Label("a checkpoint with a valid checksum and a strange step is refused as a checkpoint fault, or read with "
            + "that step")
    void checkpointSteps(@ForAll("stepValues") String step, @ForAll("stepValues") String batches) {
        Path file = dir.resolve("step-00000007.safetensors");
        new SafetensorsWriter()
                .metadata("format", Checkpoint.FORMAT)
                .metadata("version", String.valueOf(Checkpoint.VERSION))
                .metadata("step", "7")
                .sha256Metadata("sha256")
                .bytes("optimiser.generator", new byte[] {1})
                .bytes("optimiser.discriminator", new byte[] {2})
                .bytes(
                        "state.json",
                        ("{\"step\":" + step + ",\"batches\":" + batches + "}").getBytes(StandardCharsets.UTF_8))
                .bytes("config.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8))
                .write(file, false, null);
        Throwable t = catchThrowable(() -> Checkpoint.read(file));
        if (t == null) {
            assertThat(step).isEqualTo("7");
            assertThat(Checkpoint.read(file).step()).isEqualTo(7);
        } else {
            assertThat(t).isInstanceOf(CheckpointException.class).hasMessageStartingWith(file + ": ");
        }
    }

    @Property(tries = 300)
    @Label("a malformed IDX header is refused as a data fault")
    void idxHeaders(
            @ForAll int magic,
            @ForAll int count,
            @ForAll int rows,
            @ForAll int columns,
            @ForAll("smallSizes") int body) {
        Path file = dir.resolve("fuzz.idx");
        ByteBuffer b = ByteBuffer.allocate(16 + body)
                .putInt(magic)
                .putInt(count)
                .putInt(rows)
                .putInt(columns);
        try {
            Files.write(file, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Throwable t = catchThrowable(() -> IdxHeader.ofImages(file));
        assertThat(t)
                .as("%s", t)
                .satisfiesAnyOf(
                        x -> assertThat(x).isNull(),
                        x -> assertThat(x).isInstanceOf(UserFault.class).hasMessageStartingWith(file.toString()));
    }

    @Provide
    Arbitrary<Integer> smallSizes() {
        return Arbitraries.integers().between(0, 64);
    }
}
