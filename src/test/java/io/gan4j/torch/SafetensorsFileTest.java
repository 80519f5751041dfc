package io.gan4j.torch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.files.BadFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.bytedeco.pytorch.BatchNorm2dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch.ScalarType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Safetensors files")
class SafetensorsFileTest extends TorchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final float[] F32 = {1.5f, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, -3.25f, 1e-20f};
    private static final double[] F64 = {Math.PI, -1e300, Double.MIN_VALUE, 0.1};
    private static final long[] I64 = {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE, 42};
    private static final byte[] U8 = {0, 1, 127, (byte) 128, (byte) 255};
    private static final byte[] BLOB = "a blob: é, 🙂".getBytes(UTF_8);

    @TempDir
    Path dir;

    private byte[] fileContent;
    private Path contentFile;

    @BeforeEach
    void makeFileEntry() throws IOException {
        fileContent = new byte[1000];
        new Random(5).nextBytes(fileContent);
        contentFile = dir.resolve("content.bin");
        Files.write(contentFile, fileContent);
    }

    private static byte[] le(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    private static byte[] le(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    private static byte[] le(long[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                d.update(p);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writer holding one tensor of each dtype, a blob and a file, with metadata, in this order. */
    private SafetensorsWriter fullWriter() {
        return new SafetensorsWriter()
                .tensor("f32", Tensor.create(F32, 2, 3))
                .tensor("f64", Tensor.create(F64, 2, 2))
                .tensor("i64", Tensor.create(I64, 5))
                .tensor("u8", Tensor.create(U8, false, 1, 5))
                .bytes("blob", BLOB)
                .file("file", contentFile)
                .metadata("config", "lr: 0.0002\nname: é")
                .metadata("step", "7")
                .sha256Metadata("sha256");
    }

    private Path writeFull() {
        Path file = dir.resolve("full.safetensors");
        fullWriter().write(file, true, null);
        return file;
    }

    /** The file's header, parsed by hand: [length, JSON text]. */
    private static long headerLength(byte[] bytes) {
        return ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /**
     * A file written by hand: 8-byte little-endian length, {@code json} padded with spaces to a multiple of 8,
     * data.
     */
    private Path handWritten(String name, String json, byte[] data) throws IOException {
        byte[] h = json.getBytes(UTF_8);
        int padded = (h.length + 7) / 8 * 8;
        ByteBuffer b = ByteBuffer.allocate(8 + padded + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(padded).put(h);
        for (int i = h.length; i < padded; i++) {
            b.put((byte) ' ');
        }
        b.put(data);
        Path file = dir.resolve(name);
        Files.write(file, b.array());
        return file;
    }

    @Nested
    @DisplayName("a round trip")
    class RoundTrip {

        @Test
        @DisplayName("gives back F32, F64, I64 and U8 tensors with exact values, shapes and dtypes")
        void tensors() {
            SafetensorsReader r = SafetensorsReader.open(writeFull());
            assertThat(r.names()).containsExactly("f32", "f64", "i64", "u8", "blob", "file");

            Tensor f32 = r.tensor("f32");
            assertThat(f32.scalar_type().value).isEqualTo(ScalarType.Float.value);
            assertThat(f32.shape()).containsExactly(2, 3);
            float[] floats = Tensors.toFloats(f32);
            for (int i = 0; i < F32.length; i++) {
                assertThat(Float.floatToRawIntBits(floats[i]))
                        .as("f32[%d]", i)
                        .isEqualTo(Float.floatToRawIntBits(F32[i]));
            }

            Tensor f64 = r.tensor("f64");
            assertThat(f64.scalar_type().value).isEqualTo(ScalarType.Double.value);
            assertThat(f64.shape()).containsExactly(2, 2);
            double[] doubles = new double[F64.length];
            ((DoubleBuffer) f64.createBuffer()).get(doubles);
            assertThat(doubles).containsExactly(F64);

            Tensor i64 = r.tensor("i64");
            assertThat(i64.scalar_type().value).isEqualTo(ScalarType.Long.value);
            assertThat(i64.shape()).containsExactly(5);
            long[] longs = new long[I64.length];
            ((LongBuffer) i64.createBuffer()).get(longs);
            assertThat(longs).containsExactly(I64);

            Tensor u8 = r.tensor("u8");
            assertThat(u8.scalar_type().value).isEqualTo(ScalarType.Byte.value);
            assertThat(u8.shape()).containsExactly(1, 5);
            assertThat(u8.equal(Tensor.create(U8, false, 1, 5))).isTrue();
            assertThat(u8.max().item_long()).as("unsigned").isEqualTo(255L);

            assertThat(r.info("f32")).satisfies(i -> {
                assertThat(i.dtype()).isEqualTo("F32");
                assertThat(i.shape()).containsExactly(2, 3);
            });
            assertThat(r.info("i64").dtype()).isEqualTo("I64");
            assertThat(r.info("u8").dtype()).isEqualTo("U8");
        }

        @Test
        @DisplayName("gives back byte blobs and file entries as 1-D U8 tensors")
        void blobsAndFiles() {
            SafetensorsReader r = SafetensorsReader.open(writeFull());
            assertThat(r.bytes("blob")).containsExactly(BLOB);
            assertThat(r.info("blob").dtype()).isEqualTo("U8");
            assertThat(r.info("blob").shape()).containsExactly(BLOB.length);
            assertThat(r.bytes("file")).containsExactly(fileContent);
            assertThat(r.info("file").shape()).containsExactly(1000);
        }

        @Test
        @DisplayName("gives back the metadata, and the sha256 entry is the SHA-256 of everything after the header")
        void metadataAndSha() throws IOException {
            Path file = dir.resolve("sha.safetensors");
            String returned = fullWriter().write(file, false, null);
            SafetensorsReader r = SafetensorsReader.open(file);
            assertThat(r.metadata())
                    .containsOnlyKeys("config", "step", "sha256")
                    .containsEntry("config", "lr: 0.0002\nname: é")
                    .containsEntry("step", "7")
                    .containsEntry("sha256", returned);
            assertThat(r.sha256OfData()).isEqualTo(returned);

            byte[] bytes = Files.readAllBytes(file);
            int dataStart = (int) (8 + headerLength(bytes));
            assertThat(returned).isEqualTo(sha256(Arrays.copyOfRange(bytes, dataStart, bytes.length)));
            assertThat(returned)
                    .as("the data section is exactly the entries' bytes in order")
                    .isEqualTo(sha256(le(F32), le(F64), le(I64), U8, BLOB, fileContent));
        }

        @Test
        @DisplayName("keeps empty and 0-dimensional tensors")
        void emptyAndScalar() {
            Path file = dir.resolve("edge.safetensors");
            new SafetensorsWriter()
                    .tensor("empty", Tensor.create(new float[0], 0, 3))
                    .tensor("scalar", Tensor.create(new long[] {3}, 1).reshape())
                    .tensor("after", Tensor.create(new float[] {2f}, 1))
                    .write(file, false, null);
            SafetensorsReader r = SafetensorsReader.open(file);
            assertThat(r.tensor("empty").shape()).containsExactly(0, 3);
            assertThat(r.tensor("scalar").shape()).isEmpty();
            assertThat(r.tensor("scalar").item_long()).isEqualTo(3L);
            assertThat(r.tensor("after").item_double()).isEqualTo(2.0);
        }

        @Test
        @DisplayName("tells the observer after each entry, in order, and leaves no temporary file behind")
        void observerAndNoLeftovers() throws IOException {
            Path sub = Files.createDirectory(dir.resolve("sub"));
            Path file = sub.resolve("observed.safetensors");
            List<String> seen = new ArrayList<>();
            fullWriter().write(file, false, (name, index, total) -> seen.add(name + " " + index + "/" + total));
            assertThat(seen).containsExactly("f32 0/6", "f64 1/6", "i64 2/6", "u8 3/6", "blob 4/6", "file 5/6");
            try (Stream<Path> files = Files.list(sub)) {
                assertThat(files).containsExactly(file);
            }
        }

        @Test
        @DisplayName("refuses two entries of the same name")
        void duplicateNames() {
            SafetensorsWriter w = new SafetensorsWriter().bytes("x", new byte[] {1});
            assertThatThrownBy(() -> w.tensor("x", Tensor.create(new float[] {1f}, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("two tensors named 'x'");
        }
    }

    @Nested
    @DisplayName("the layout is the official one")
    class Layout {

        @Test
        @DisplayName("8-byte little-endian length, a JSON header padded with spaces to a multiple of 8, then the data")
        @SuppressWarnings("unchecked")
        void parsedByHand() throws IOException {
            byte[] bytes = Files.readAllBytes(writeFull());
            long n = headerLength(bytes);
            assertThat(n % 8).isZero();
            assertThat(8 + n).isLessThanOrEqualTo(bytes.length);
            String header = new String(bytes, 8, (int) n, UTF_8);
            assertThat(header).startsWith("{");
            String json = header.stripTrailing();
            assertThat(json).endsWith("}");
            assertThat(header.substring(json.length())).matches(" *").hasSizeLessThan(8);

            Map<String, Object> parsed =
                    JSON.readValue(json, new TypeReference<java.util.LinkedHashMap<String, Object>>() {});
            assertThat(parsed.keySet()).containsExactly("__metadata__", "f32", "f64", "i64", "u8", "blob", "file");
            assertThat((Map<String, Object>) parsed.get("__metadata__")).containsEntry("step", "7");

            Map<String, Object> f32 = (Map<String, Object>) parsed.get("f32");
            assertThat(f32).containsEntry("dtype", "F32").containsEntry("shape", List.of(2, 3));
            assertThat(((Map<String, Object>) parsed.get("u8")).get("dtype")).isEqualTo("U8");
            assertThat(((Map<String, Object>) parsed.get("i64")).get("dtype")).isEqualTo("I64");
            assertThat(((Map<String, Object>) parsed.get("f64")).get("dtype")).isEqualTo("F64");

            // data_offsets are relative to the end of the header, contiguous, in the order added
            byte[][] expected = {le(F32), le(F64), le(I64), U8, BLOB, fileContent};
            String[] names = {"f32", "f64", "i64", "u8", "blob", "file"};
            long at = 0;
            int dataStart = (int) (8 + n);
            for (int i = 0; i < names.length; i++) {
                List<Number> offsets = (List<Number>) ((Map<String, Object>) parsed.get(names[i])).get("data_offsets");
                assertThat(offsets.get(0).longValue())
                        .as("%s begins where the previous ends", names[i])
                        .isEqualTo(at);
                long end = offsets.get(1).longValue();
                assertThat(end - at).isEqualTo(expected[i].length);
                assertThat(Arrays.copyOfRange(bytes, dataStart + (int) at, dataStart + (int) end))
                        .as("%s's bytes", names[i])
                        .containsExactly(expected[i]);
                at = end;
            }
            assertThat(dataStart + at).as("nothing after the last tensor").isEqualTo(bytes.length);
        }

        @Test
        @DisplayName("reads a file written by hand to the specification")
        void readsHandWritten() throws IOException {
            String json = "{\"__metadata__\":{\"format\":\"pt\"},"
                    + "\"b\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[4,20]},"
                    + "\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}";
            byte[] data = new byte[20];
            ByteBuffer.wrap(data)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putFloat(0.25f)
                    .putLong(-2)
                    .putLong(1L << 40);
            SafetensorsReader r = SafetensorsReader.open(handWritten("hand.safetensors", json, data));
            assertThat(r.metadata()).containsExactly(Map.entry("format", "pt"));
            assertThat(r.tensor("a").item_double()).isEqualTo(0.25);
            long[] b = new long[2];
            ((LongBuffer) r.tensor("b").createBuffer()).get(b);
            assertThat(b).containsExactly(-2, 1L << 40);
        }
    }

    @Nested
    @DisplayName("refuses, naming the file")
    class Refusals {

        @Test
        @DisplayName("a file truncated by one byte")
        void truncated() throws IOException {
            byte[] bytes = Files.readAllBytes(writeFull());
            Path file = dir.resolve("truncated.safetensors");
            Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessageStartingWith(file.toString())
                    .hasMessageContaining("tensor 'file'")
                    .hasMessageContaining("does not fit");
        }

        @Test
        @DisplayName("a header length pointing past the end")
        void headerLengthPastTheEnd() throws IOException {
            byte[] bytes = Files.readAllBytes(writeFull());
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, bytes.length);
            Path file = dir.resolve("long-header.safetensors");
            Files.write(file, bytes);
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file + " is not a safetensors file: header length " + bytes.length + " in a file of "
                            + bytes.length + " bytes");
        }

        @Test
        @DisplayName("a header length of 2⁶³ − 1, or of one over 2⁶⁴, without allocating it")
        void hugeHeaderLength() throws IOException {
            for (long length : new long[] {Long.MAX_VALUE, -1L}) {
                byte[] bytes = Files.readAllBytes(writeFull());
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, length);
                Path file = dir.resolve("huge-header.safetensors");
                Files.write(file, bytes);
                assertThatThrownBy(() -> SafetensorsReader.open(file))
                        .isInstanceOf(BadFile.class)
                        .hasMessage(file + " is not a safetensors file: header length " + Long.toUnsignedString(length)
                                + " in a file of " + bytes.length + " bytes");
            }
        }

        @Test
        @DisplayName("a header declared over 100 MB in a file that holds it (a sparse file of 1.5 GB)")
        void headerOverTheLimit() throws IOException {
            Path file = dir.resolve("sparse.safetensors");
            long declared = 1_500_000_000L;
            try (var ch = java.nio.channels.FileChannel.open(
                    file,
                    java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.SPARSE)) {
                ch.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, declared));
                ch.write(ByteBuffer.wrap(new byte[] {'}'}), 8 + declared - 1);
            }
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file
                            + ": its safetensors header declares 1500000000 bytes, over the 100000000 gan4j reads");
        }

        @Test
        @DisplayName("a shape whose element count overflows, or a negative dimension")
        void overflowingShape() throws IOException {
            for (String shape : new String[] {"[4294967296, 4294967296, 16]", "[-2, -2]"}) {
                String json = "{\"a\":{\"dtype\":\"U8\",\"shape\":" + shape + ",\"data_offsets\":[0,4]}}";
                Path file = handWritten("overflow.safetensors", json, new byte[4]);
                assertThatThrownBy(() -> SafetensorsReader.open(file))
                        .isInstanceOf(BadFile.class)
                        .hasMessageStartingWith(file + ": tensor 'a': byte range [0, 4) does not fit shape ");
            }
        }

        @Test
        @DisplayName("a file too short to hold the length")
        void tooShort() throws IOException {
            Path file = dir.resolve("short.safetensors");
            Files.write(file, new byte[] {1, 2, 3});
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file + " is not a safetensors file: 3 bytes");
        }

        @Test
        @DisplayName("a header that is not JSON")
        void garbageJson() throws IOException {
            Path file = handWritten("garbage.safetensors", "{\"a\": {\"dtype\": [1, 2", new byte[0]);
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessageStartingWith(file + " has an unreadable safetensors header");
        }

        @Test
        @DisplayName("byte ranges that leave a gap")
        void gap() throws IOException {
            String json = "{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[0,4]},"
                    + "\"b\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[8,12]}}";
            Path file = handWritten("gap.safetensors", json, new byte[12]);
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file + ": the tensors' byte ranges leave a gap or overlap at 4");
        }

        @Test
        @DisplayName("byte ranges that overlap")
        void overlap() throws IOException {
            String json = "{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[0,4]},"
                    + "\"b\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[2,6]}}";
            Path file = handWritten("overlap.safetensors", json, new byte[6]);
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file + ": the tensors' byte ranges leave a gap or overlap at 4");
        }

        @Test
        @DisplayName("bytes after the last tensor")
        void trailingBytes() throws IOException {
            String json = "{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[0,4]}}";
            Path file = handWritten("trailing.safetensors", json, new byte[5]);
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(
                            file + ": the tensors cover 4 of the 5 bytes after the header (truncated or padded file)");
        }

        @Test
        @DisplayName("a shape that does not match the byte range")
        void shapeMismatch() throws IOException {
            String json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}";
            Path file = handWritten("shape.safetensors", json, new byte[8]);
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file
                            + ": tensor 'a': byte range [0, 8) does not fit shape [3] of F32 in a data "
                            + "section of 8 bytes");
        }

        @Test
        @DisplayName("an unknown dtype")
        void unknownDtype() throws IOException {
            String json = "{\"a\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[0,4]}}";
            Path file = handWritten("bf16.safetensors", json, new byte[4]);
            assertThatThrownBy(() -> SafetensorsReader.open(file))
                    .isInstanceOf(BadFile.class)
                    .hasMessageStartingWith(file + ": tensor 'a': dtype BF16 (supported: ")
                    .hasMessageContaining("F32")
                    .hasMessageContaining("F64")
                    .hasMessageContaining("I64")
                    .hasMessageContaining("U8");
        }

        @Test
        @DisplayName("a name the file does not hold")
        void missingName() {
            Path file = writeFull();
            SafetensorsReader r = SafetensorsReader.open(file);
            assertThatThrownBy(() -> r.tensor("nope"))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file + " has no tensor 'nope'");
        }
    }

    /** A linear layer and a 2-D batch norm (whose num_batches_tracked buffer is int64). */
    static final class Net extends Module {
        final LinearImpl linear;
        final BatchNorm2dImpl norm;

        Net(long in) {
            linear = register_module("linear", new LinearImpl(in, 3));
            norm = register_module("norm", new BatchNorm2dImpl(new BatchNormOptions(3)));
        }
    }

    @Nested
    @DisplayName("Safetensors.save and load of a module")
    class Modules {

        @Test
        @DisplayName("bring back every parameter and buffer exactly, num_batches_tracked as int64")
        void batchNormRoundTrip() {
            Net saved = new Net(4);
            GeneratorOptional noise = new GeneratorOptional(createCPUGenerator(11));
            for (int i = 0; i < 3; i++) {
                saved.norm.forward(randn(new long[] {4, 3, 2, 2}, noise).mul(Tensors.scalar(2.0)));
            }
            Map<String, Tensor> savedState = Safetensors.stateOf(saved);
            assertThat(savedState.keySet())
                    .containsExactly(
                            "linear.weight",
                            "linear.bias",
                            "norm.weight",
                            "norm.bias",
                            "norm.running_mean",
                            "norm.running_var",
                            "norm.num_batches_tracked");
            assertThat(savedState.get("norm.num_batches_tracked").item_long()).isEqualTo(3L);

            Path file = dir.resolve("net.safetensors");
            Safetensors.save(saved, Map.of("kind", "net"), file);
            SafetensorsReader r = SafetensorsReader.open(file);
            assertThat(r.info("norm.num_batches_tracked").dtype()).isEqualTo("I64");
            assertThat(r.info("norm.running_mean").dtype()).isEqualTo("F32");

            Net loaded = new Net(4);
            Map<String, Tensor> loadedState = Safetensors.stateOf(loaded);
            assertThat(loadedState.get("norm.running_mean").equal(savedState.get("norm.running_mean")))
                    .isFalse();
            assertThat(Safetensors.load(loaded, file)).containsExactly(Map.entry("kind", "net"));
            savedState.forEach((name, t) -> {
                Tensor back = loadedState.get(name);
                assertThat(back.scalar_type().value).as(name).isEqualTo(t.scalar_type().value);
                assertThat(back.equal(t)).as(name).isTrue();
            });
            assertThat(loadedState.get("norm.num_batches_tracked").scalar_type().value)
                    .isEqualTo(ScalarType.Long.value);
            assertThat(loadedState.get("norm.num_batches_tracked").item_long()).isEqualTo(3L);
        }

        @Test
        @DisplayName("write the same bytes whatever order the metadata map iterates in (a resumed run's weights match "
                + "byte for byte)")
        void metadataOrder() throws Exception {
            Net net = new Net(4);
            java.util.LinkedHashMap<String, String> ab = new java.util.LinkedHashMap<>();
            ab.put("a", "1");
            ab.put("b", "2");
            java.util.LinkedHashMap<String, String> ba = new java.util.LinkedHashMap<>();
            ba.put("b", "2");
            ba.put("a", "1");
            Safetensors.save(net, ab, dir.resolve("ab.safetensors"));
            Safetensors.save(net, ba, dir.resolve("ba.safetensors"));
            assertThat(Files.readAllBytes(dir.resolve("ab.safetensors")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("ba.safetensors")));
        }

        @Test
        @DisplayName("refuse a tensor of another shape, naming it and both shapes")
        void shapeMismatch() {
            Path file = dir.resolve("net4.safetensors");
            Safetensors.save(new Net(4), Map.of(), file);
            assertThatThrownBy(() -> Safetensors.load(new Net(5), file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file + ": tensor 'linear.weight' has shape [3, 4], expected [3, 5]");
        }

        @Test
        @DisplayName("refuse a file that lacks one of the module's tensors")
        void missingTensor() {
            Path file = dir.resolve("partial.safetensors");
            new SafetensorsWriter()
                    .tensor("linear.weight", Tensor.create(new float[12], 3, 4))
                    .write(file, false, null);
            assertThatThrownBy(() -> Safetensors.load(new Net(4), file))
                    .isInstanceOf(BadFile.class)
                    .hasMessage(file + " has no tensor 'linear.bias'");
        }
    }
}
