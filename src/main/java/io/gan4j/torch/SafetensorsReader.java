package io.gan4j.torch;

import static org.bytedeco.pytorch.global.torch.empty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.files.BadFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.pytorch.MemoryFormatOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * Reads a safetensors file ({@link SafetensorsWriter} describes the format) through a read-only
 * memory mapping, checking its structure first: the header must be JSON, every entry a known dtype
 * whose shape matches its byte range, and the ranges must tile the data section exactly. Any
 * violation is a {@link BadFile} naming the file and what is wrong. What the header declares is
 * bounded by the file's size (and the header by {@value #MAX_HEADER_BYTES} bytes, as the format's
 * reference implementation does) before anything is allocated for it.
 */
public final class SafetensorsReader {

    /** The largest header read: 100 MB, the limit of the format's reference implementation. */
    public static final long MAX_HEADER_BYTES = 100_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Integer> ITEM_SIZE = Map.of("F32", 4, "F64", 8, "I64", 8, "U8", 1);

    /** One tensor's place in the file. */
    public record Info(String dtype, long[] shape, long begin, long end) {}

    private final Path file;
    private final MappedByteBuffer mapped;
    private final long dataStart;
    private final Map<String, Info> infos;
    private final Map<String, String> metadata;

    private SafetensorsReader(
            Path file, MappedByteBuffer mapped, long dataStart, Map<String, Info> infos, Map<String, String> metadata) {
        this.file = file;
        this.mapped = mapped;
        this.dataStart = dataStart;
        this.infos = infos;
        this.metadata = metadata;
    }

    /** Opens and checks {@code file}. */
    public static SafetensorsReader open(Path file) {
        MappedByteBuffer mapped;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new BadFile(file + ": files over 2 GB are not supported (" + ch.size() + " bytes)");
            }
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        mapped.order(ByteOrder.LITTLE_ENDIAN);
        long size = mapped.capacity();
        if (size < 8) {
            throw new BadFile(file + " is not a safetensors file: " + size + " bytes");
        }
        long headerLength = mapped.getLong(0);
        if (headerLength < 2 || headerLength > size - 8) {
            throw new BadFile(file + " is not a safetensors file: header length " + Long.toUnsignedString(headerLength)
                    + " in a file of " + size + " bytes");
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw new BadFile(file + ": its safetensors header declares " + headerLength + " bytes, over the "
                    + MAX_HEADER_BYTES + " gan4j reads");
        }
        byte[] headerBytes = new byte[(int) headerLength];
        mapped.get(8, headerBytes);
        Map<String, Object> header;
        try {
            header = JSON.readValue(new String(headerBytes, StandardCharsets.UTF_8).trim(), new TypeReference<>() {});
        } catch (IOException e) {
            throw new BadFile(file + " has an unreadable safetensors header: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new BadFile(file + " has an unreadable safetensors header: it is not a JSON object");
        }
        long dataStart = 8 + headerLength;
        Map<String, String> metadata = metadataOf(header, file);
        Map<String, Info> infos = infosOf(header, file, size - dataStart);
        return new SafetensorsReader(file, mapped, dataStart, infos, metadata);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> metadataOf(Map<String, Object> header, Path file) {
        Object m = header.remove("__metadata__");
        if (m == null) {
            return Map.of();
        }
        if (!(m instanceof Map)) {
            throw new BadFile(file + ": __metadata__ is not a map of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        ((Map<String, Object>) m).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Info> infosOf(Map<String, Object> header, Path file, long dataLength) {
        Map<String, Info> infos = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : header.entrySet()) {
            String name = e.getKey();
            try {
                Map<String, Object> info = (Map<String, Object>) e.getValue();
                String dtype = (String) info.get("dtype");
                Integer item = ITEM_SIZE.get(dtype);
                if (item == null) {
                    throw new IllegalArgumentException("dtype " + dtype + " (supported: " + ITEM_SIZE.keySet() + ")");
                }
                long[] shape = ((List<Number>) info.get("shape"))
                        .stream().mapToLong(Number::longValue).toArray();
                List<Number> offsets = (List<Number>) info.get("data_offsets");
                long begin = offsets.get(0).longValue();
                long end = offsets.get(1).longValue();
                long count = elements(shape, dataLength);
                if (begin < 0 || end < begin || end > dataLength || count < 0 || end - begin != count * item) {
                    throw new IllegalArgumentException(
                            "byte range [" + begin + ", " + end + ") does not fit shape " + Arrays.toString(shape)
                                    + " of " + dtype + " in a data section of " + dataLength + " bytes");
                }
                infos.put(name, new Info(dtype, shape, begin, end));
            } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException ex) {
                throw new BadFile(file + ": tensor '" + name + "' has a malformed header entry", ex);
            } catch (IllegalArgumentException ex) {
                throw new BadFile(file + ": tensor '" + name + "': " + ex.getMessage(), ex);
            }
        }
        long[][] ranges = infos.values().stream()
                .map(i -> new long[] {i.begin(), i.end()})
                .sorted((a, b) -> Long.compare(a[0], b[0]))
                .toArray(long[][]::new);
        long at = 0;
        for (long[] r : ranges) {
            if (r[0] != at) {
                throw new BadFile(file + ": the tensors' byte ranges leave a gap or overlap at " + at);
            }
            at = r[1];
        }
        if (at != dataLength) {
            throw new BadFile(file + ": the tensors cover " + at + " of the " + dataLength
                    + " bytes after the header (truncated or padded file)");
        }
        return Collections.unmodifiableMap(infos);
    }

    /** The number of elements of {@code shape}, or −1 if a dimension is negative or the count exceeds {@code limit}. */
    private static long elements(long[] shape, long limit) {
        long count = 1;
        for (long d : shape) {
            if (d < 0 || (d > 0 && count > limit / d)) {
                return -1;
            }
            count *= d;
        }
        return count;
    }

    public Path file() {
        return file;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** The tensors' names, in the header's order. */
    public List<String> names() {
        return List.copyOf(infos.keySet());
    }

    public boolean has(String name) {
        return infos.containsKey(name);
    }

    public Info info(String name) {
        Info i = infos.get(name);
        if (i == null) {
            throw new BadFile(file + " has no tensor '" + name + "'");
        }
        return i;
    }

    /** The SHA-256 (hex) of the data section (everything after the header). */
    public String sha256OfData() {
        MessageDigest digest = SafetensorsWriter.newDigest();
        digest.update(mapped.slice((int) dataStart, (int) (mapped.capacity() - dataStart)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A read-only view of the tensor's bytes. */
    public ByteBuffer slice(String name) {
        Info i = info(name);
        return mapped.slice((int) (dataStart + i.begin()), (int) (i.end() - i.begin()))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The tensor's bytes, copied. */
    public byte[] bytes(String name) {
        ByteBuffer b = slice(name);
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    /** A new CPU tensor with the stored dtype, shape and values. */
    public Tensor tensor(String name) {
        Info i = info(name);
        Tensor t = empty(i.shape(), new TensorOptions(scalarType(i.dtype())), new MemoryFormatOptional());
        if (t.nbytes() > 0) {
            new BytePointer(t.data_ptr()).capacity(t.nbytes()).asByteBuffer().put(slice(name));
        }
        return t;
    }

    /**
     * Copies the stored tensor into {@code target} (same shape; converted to the target's dtype),
     * outside autograd.
     */
    public void copyInto(String name, Tensor target) {
        Info i = info(name);
        if (!Arrays.equals(i.shape(), target.shape())) {
            throw new BadFile(file + ": tensor '" + name + "' has shape " + Arrays.toString(i.shape()) + ", expected "
                    + Arrays.toString(target.shape()));
        }
        try (org.bytedeco.pytorch.NoGradGuard guard = new org.bytedeco.pytorch.NoGradGuard()) {
            target.copy_(tensor(name));
        }
    }

    static ScalarType scalarType(String dtype) {
        return switch (dtype) {
            case "F32" -> ScalarType.Float;
            case "F64" -> ScalarType.Double;
            case "I64" -> ScalarType.Long;
            case "U8" -> ScalarType.Byte;
            default -> throw new IllegalArgumentException("unsupported dtype " + dtype);
        };
    }
}
