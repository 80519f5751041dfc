package io.gan4j.torch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.StringTensorDict;
import org.bytedeco.pytorch.Tensor;

/**
 * A module's parameters and buffers in the safetensors format (Hugging Face's): an 8-byte
 * little-endian header length, a JSON header mapping each tensor's name to its dtype
 * ({@code F32}), shape and byte range, with an optional {@code __metadata__} map of strings, then
 * the raw little-endian data. Readable by Python's {@code safetensors} package as it is.
 *
 * <p>gan4j stores float32 tensors only; other dtypes are converted on save.
 */
public final class Safetensors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Safetensors() {
    }

    /** Every parameter and buffer of {@code module}, by its dotted name, in registration order. */
    public static Map<String, Tensor> stateOf(Module module) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        put(state, module.named_parameters(true));
        put(state, module.named_buffers(true));
        return state;
    }

    private static void put(Map<String, Tensor> state, StringTensorDict dict) {
        for (long i = 0; i < dict.size(); i++) {
            state.put(dict.get(i).key().getString(), dict.get(i).value());
        }
    }

    /** Writes {@code module}'s state with {@code metadata} to {@code file}, atomically. */
    public static void save(Module module, Map<String, String> metadata, Path file) {
        Map<String, Tensor> state = stateOf(module);
        Map<String, Object> header = new LinkedHashMap<>();
        if (!metadata.isEmpty()) {
            header.put("__metadata__", metadata);
        }
        List<float[]> data = new ArrayList<>();
        long offset = 0;
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            float[] values = Tensors.toFloats(e.getValue());
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("dtype", "F32");
            info.put("shape", e.getValue().shape());
            info.put("data_offsets", new long[] {offset, offset + 4L * values.length});
            header.put(e.getKey(), info);
            data.add(values);
            offset += 4L * values.length;
        }
        byte[] headerBytes;
        try {
            headerBytes = JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(8 + headerBytes.length + offset)).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(headerBytes.length).put(headerBytes);
        for (float[] values : data) {
            for (float v : values) {
                out.putFloat(v);
            }
        }
        AtomicFiles.write(file, out.array());
    }

    /**
     * Copies the tensors in {@code file} into {@code module}'s parameters and buffers of the same
     * names; every one of the module's tensors must be present with the same shape.
     *
     * @return the file's metadata
     */
    public static Map<String, String> load(Module module, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 8) {
            throw new IllegalArgumentException(file + " is not a safetensors file: " + bytes.length + " bytes");
        }
        long headerLength = in.getLong();
        if (headerLength < 2 || 8 + headerLength > bytes.length) {
            throw new IllegalArgumentException(file + " is not a safetensors file: header length " + headerLength);
        }
        Map<String, Object> header;
        try {
            header = JSON.readValue(new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8), new TypeReference<>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " has an unreadable safetensors header: " + e.getMessage(), e);
        }
        int dataStart = 8 + (int) headerLength;
        Map<String, Tensor> state = stateOf(module);
        try (NoGradGuard guard = new NoGradGuard()) {
            for (Map.Entry<String, Tensor> e : state.entrySet()) {
                copyInto(e.getKey(), e.getValue(), header, in, dataStart, bytes.length, file);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, String> metadata = (Map<String, String>) header.getOrDefault("__metadata__", Map.of());
        return metadata;
    }

    @SuppressWarnings("unchecked")
    private static void copyInto(String name, Tensor target, Map<String, Object> header, ByteBuffer in, int dataStart,
                                 int length, Path file) {
        Object entry = header.get(name);
        if (!(entry instanceof Map)) {
            throw new IllegalArgumentException(file + " has no tensor '" + name + "'");
        }
        Map<String, Object> info = (Map<String, Object>) entry;
        if (!"F32".equals(info.get("dtype"))) {
            throw new IllegalArgumentException(file + ": tensor '" + name + "' has dtype " + info.get("dtype") + ", expected F32");
        }
        long[] shape = ((List<Number>) info.get("shape")).stream().mapToLong(Number::longValue).toArray();
        if (!java.util.Arrays.equals(shape, target.shape())) {
            throw new IllegalArgumentException(file + ": tensor '" + name + "' has shape " + java.util.Arrays.toString(shape)
                + ", the network expects " + java.util.Arrays.toString(target.shape()));
        }
        List<Number> offsets = (List<Number>) info.get("data_offsets");
        long begin = dataStart + offsets.get(0).longValue();
        long end = dataStart + offsets.get(1).longValue();
        if (end > length || end - begin != 4 * target.numel()) {
            throw new IllegalArgumentException(file + ": tensor '" + name + "' has a bad byte range");
        }
        float[] values = new float[(int) target.numel()];
        ByteBuffer slice = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        slice.position((int) begin);
        slice.asFloatBuffer().get(values);
        target.copy_(Tensor.create(values, target.shape()).toType(target.scalar_type()));
    }
}
