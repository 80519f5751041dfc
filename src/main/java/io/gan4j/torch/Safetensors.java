package io.gan4j.torch;

import io.gan4j.files.BadFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.StringTensorDict;
import org.bytedeco.pytorch.Tensor;

/**
 * A module's parameters and buffers in the safetensors format ({@link SafetensorsWriter}), by their
 * dotted names: readable by Python's {@code safetensors} package as it is (for example
 * {@code safetensors.torch.load_file}). Floating-point tensors are stored as {@code F32}, integer
 * buffers (batch norm's {@code num_batches_tracked}) as {@code I64}.
 */
public final class Safetensors {

    private Safetensors() {}

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

    /** Adds {@code module}'s state to {@code writer}, each name prefixed with {@code prefix}. */
    public static void add(SafetensorsWriter writer, String prefix, Module module) {
        stateOf(module)
                .forEach((name, t) -> writer.tensor(
                        prefix + name,
                        t.is_floating_point() ? t.toType(org.bytedeco.pytorch.global.torch.ScalarType.Float) : t));
    }

    /**
     * Copies the tensors named {@code prefix + name} in {@code reader} into {@code module}'s state;
     * every one of the module's tensors must be present with the same shape, and hold finite values.
     *
     * @throws BadFile if a floating-point tensor holds NaN or ±∞ (weights of a run that diverged)
     */
    public static void load(SafetensorsReader reader, String prefix, Module module) {
        for (Map.Entry<String, Tensor> e : stateOf(module).entrySet()) {
            String name = prefix + e.getKey();
            if (!reader.has(name)) {
                throw new BadFile(reader.file() + " has no tensor '" + name + "'");
            }
            reader.copyInto(name, e.getValue());
        }
        String bad = firstNonFinite(module);
        if (bad != null) {
            throw new BadFile(reader.file() + ": tensor '" + prefix + bad + "' holds non-finite values (NaN or ±∞): "
                    + "the weights of a run that diverged, which gan4j does not use; take an earlier checkpoint");
        }
    }

    /**
     * The name of {@code module}'s first floating-point parameter or buffer holding NaN or ±∞, or {@code null}
     * if none does.
     */
    public static String firstNonFinite(Module module) {
        for (Map.Entry<String, Tensor> e : stateOf(module).entrySet()) {
            Tensor t = e.getValue();
            if (t.is_floating_point() && t.numel() > 0 && !t.isfinite().all().item_bool()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Writes {@code module}'s state with {@code metadata} to {@code file}, atomically. */
    public static void save(Module module, Map<String, String> metadata, Path file) {
        SafetensorsWriter writer = new SafetensorsWriter();
        // sorted: a Map.of iterates in an order that changes from JVM to JVM, and the file's bytes must not
        new java.util.TreeMap<>(metadata).forEach(writer::metadata);
        add(writer, "", module);
        writer.write(file, false, null);
    }

    /**
     * Copies the tensors in {@code file} into {@code module}'s parameters and buffers of the same
     * names; every one of the module's tensors must be present with the same shape.
     *
     * @return the file's metadata
     */
    public static Map<String, String> load(Module module, Path file) {
        SafetensorsReader reader = SafetensorsReader.open(file);
        load(reader, "", module);
        return reader.metadata();
    }
}
