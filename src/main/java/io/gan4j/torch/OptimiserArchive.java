package io.gan4j.torch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.pytorch.ArchiveWriter;
import org.bytedeco.pytorch.InputArchive;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.OutputArchive;

/**
 * An optimiser's state (Adam's moments and step counts, RMSProp's averages) as the bytes of
 * libtorch's own serialisation ({@code torch::save(optimizer, …)}, a zip archive), made in memory.
 * libtorch writing to a file itself throws its {@code c10::Error} from a destructor when the disk is
 * full, which ends the JVM through {@code std::terminate}; writing the bytes from Java cannot.
 *
 * <p>The presets do not map {@code Optimizer::state()}, so the moments cannot be read out as
 * plain tensors; this archive is the only way libtorch gives them.
 */
public final class OptimiserArchive {

    /** Collects what libtorch writes; one instance, as JavaCPP callbacks are a scarce native resource. */
    private static final class Collector extends ArchiveWriter {
        private ByteArrayOutputStream out;

        @Override
        public long call(Pointer data, long size) {
            byte[] chunk = new byte[Math.toIntExact(size)];
            new BytePointer(data).capacity(size).get(chunk);
            out.write(chunk, 0, chunk.length);
            return size;
        }
    }

    /**
     * Kept for the JVM's life: made inside a step's PointerScope, it would otherwise be freed when that scope
     * closes.
     */
    private static final Collector COLLECTOR = new Collector().retainReference();

    private OptimiserArchive() {}

    /** {@code optimiser}'s state, serialised. */
    public static byte[] save(Optimizer optimiser) {
        OutputArchive archive = new OutputArchive();
        optimiser.save(archive);
        synchronized (COLLECTOR) {
            COLLECTOR.out = new ByteArrayOutputStream();
            try {
                archive.save_to(COLLECTOR);
                return COLLECTOR.out.toByteArray();
            } finally {
                COLLECTOR.out = null;
            }
        }
    }

    /**
     * Puts the state {@link #save} made back into {@code optimiser}.
     *
     * @throws RuntimeException (libtorch's error, as JavaCPP passes it on) if the bytes are not such an archive
     */
    public static void load(Optimizer optimiser, ByteBuffer bytes) {
        InputArchive archive = new InputArchive();
        archive.load_from(new BytePointer(bytes), (long) bytes.remaining());
        optimiser.load(archive);
    }
}
