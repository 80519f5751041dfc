package io.gan4j.torch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.files.CannotWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * Writes a file in the safetensors format (Hugging Face's): an 8-byte little-endian header length,
 * a JSON header mapping each tensor's name to its dtype, shape and byte range in the data section
 * (plus an optional {@code __metadata__} map of strings), padded with spaces to a multiple of 8
 * bytes, then the tensors' raw little-endian bytes, contiguous and in the order added. Dtypes:
 * {@code F32}, {@code F64}, {@code I64}, {@code U8}; byte blobs are 1-D {@code U8} tensors.
 *
 * <p>Tensor bytes are streamed from native memory, not copied onto the Java heap. The file is
 * written atomically: a temporary file in the same directory, optionally forced to disk, then
 * renamed. {@link #write} returns the SHA-256 of the data section, which a caller may also place in
 * the metadata with {@link #sha256Metadata} (it is then computed before the header is written).
 */
public final class SafetensorsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Called as the data section is written, after each entry: for progress, and for tests that stop a write
     * midway.
     */
    public interface Observer {
        void afterEntry(String name, int index, int total);
    }

    private sealed interface Entry permits TensorEntry, BytesEntry, FileEntry {
        String dtype();

        long[] shape();

        long length();
    }

    private record TensorEntry(Tensor tensor, String dtype) implements Entry {
        public long[] shape() {
            return tensor.shape();
        }

        public long length() {
            return tensor.nbytes();
        }
    }

    private record BytesEntry(byte[] bytes) implements Entry {
        public String dtype() {
            return "U8";
        }

        public long[] shape() {
            return new long[] {bytes.length};
        }

        public long length() {
            return bytes.length;
        }
    }

    private record FileEntry(Path file, long size) implements Entry {
        public String dtype() {
            return "U8";
        }

        public long[] shape() {
            return new long[] {size};
        }

        public long length() {
            return size;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private String sha256Key;

    /** Adds a CPU tensor (made contiguous; its dtype must be float32, float64, int64 or uint8). */
    public SafetensorsWriter tensor(String name, Tensor tensor) {
        Tensor t = tensor.detach().contiguous();
        put(name, new TensorEntry(t, dtypeOf(t)));
        return this;
    }

    /** Adds bytes as a 1-D U8 tensor. */
    public SafetensorsWriter bytes(String name, byte[] bytes) {
        put(name, new BytesEntry(bytes.clone()));
        return this;
    }

    /** Adds a file's bytes as a 1-D U8 tensor, streamed when the file is written. */
    public SafetensorsWriter file(String name, Path file) {
        try {
            put(name, new FileEntry(file, Files.size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return this;
    }

    public SafetensorsWriter metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** Stores the data section's SHA-256 (hex) under {@code key} in the metadata. */
    public SafetensorsWriter sha256Metadata(String key) {
        this.sha256Key = key;
        return this;
    }

    private void put(String name, Entry e) {
        if (entries.putIfAbsent(name, e) != null) {
            throw new IllegalArgumentException("two tensors named '" + name + "'");
        }
    }

    static String dtypeOf(Tensor t) {
        int s = t.scalar_type().value;
        if (s == ScalarType.Float.value) {
            return "F32";
        }
        if (s == ScalarType.Double.value) {
            return "F64";
        }
        if (s == ScalarType.Long.value) {
            return "I64";
        }
        if (s == ScalarType.Byte.value) {
            return "U8";
        }
        throw new IllegalArgumentException("safetensors: unsupported dtype " + s);
    }

    /**
     * Writes the file atomically.
     *
     * @param fsync force the data to disk before the rename, and the directory after it
     * @param observer called after each entry, or {@code null}
     * @return the SHA-256 (hex) of the data section
     * @throws CannotWrite if the file system refuses (full, read-only); the temporary file is removed
     */
    public String write(Path target, boolean fsync, Observer observer) {
        String sha = sha256();
        Map<String, Object> header = new LinkedHashMap<>();
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        if (sha256Key != null) {
            meta.put(sha256Key, sha);
        }
        if (!meta.isEmpty()) {
            header.put("__metadata__", meta);
        }
        long offset = 0;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("dtype", e.getValue().dtype());
            info.put("shape", e.getValue().shape());
            info.put("data_offsets", new long[] {offset, offset + e.getValue().length()});
            header.put(e.getKey(), info);
            offset += e.getValue().length();
        }
        byte[] headerBytes = headerBytes(header);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer length = ByteBuffer.allocate(8)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putLong(headerBytes.length)
                        .flip();
                writeFully(out, length);
                writeFully(out, ByteBuffer.wrap(headerBytes));
                int i = 0;
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    writeEntry(out, e.getValue());
                    if (observer != null) {
                        observer.afterEntry(e.getKey(), i, entries.size());
                    }
                    i++;
                }
                if (fsync) {
                    out.force(true);
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (fsync) {
                forceDirectory(dir);
            }
        } catch (IOException e) {
            deleteQuietly(tmp); // first, so that the free space reported is what a retry would have
            throw CannotWrite.of(target, 8 + headerBytes.length + offset, e);
        } finally {
            deleteQuietly(tmp); // after the rename there is nothing to delete
        }
        return sha;
    }

    private static byte[] headerBytes(Map<String, Object> header) {
        try {
            String json = JSON.writeValueAsString(header);
            int padded = (json.getBytes(StandardCharsets.UTF_8).length + 7) / 8 * 8;
            StringBuilder sb = new StringBuilder(json);
            while (sb.toString().getBytes(StandardCharsets.UTF_8).length < padded) {
                sb.append(' ');
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sha256() {
        MessageDigest digest = newDigest();
        for (Entry e : entries.values()) {
            if (e instanceof TensorEntry t) {
                digest.update(nativeBytes(t.tensor()));
            } else if (e instanceof BytesEntry b) {
                digest.update(b.bytes());
            } else if (e instanceof FileEntry f) {
                try (FileChannel in = FileChannel.open(f.file(), StandardOpenOption.READ)) {
                    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
                    while (in.read(buffer) > 0) {
                        digest.update(buffer.flip());
                        buffer.clear();
                    }
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot read " + f.file(), ex);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void writeEntry(FileChannel out, Entry e) throws IOException {
        if (e instanceof TensorEntry t) {
            writeFully(out, nativeBytes(t.tensor()));
        } else if (e instanceof BytesEntry b) {
            writeFully(out, ByteBuffer.wrap(b.bytes()));
        } else if (e instanceof FileEntry f) {
            try (FileChannel in = FileChannel.open(f.file(), StandardOpenOption.READ)) {
                long done = 0;
                while (done < f.size()) {
                    done += in.transferTo(done, f.size() - done, out);
                }
            }
        }
    }

    /** The tensor's bytes in native memory (little-endian on every platform libtorch's CPU build supports). */
    static ByteBuffer nativeBytes(Tensor t) {
        if (t.nbytes() == 0) {
            return ByteBuffer.allocate(0);
        }
        return new BytePointer(t.data_ptr()).capacity(t.nbytes()).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void writeFully(FileChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a leftover temporary file is hidden and removed by the next start (Checkpoints.cleanUp)
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException ignored) {
            // some file systems cannot open a directory for reading; the rename is still atomic
        }
    }

    /** The names added so far, in order. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }
}
