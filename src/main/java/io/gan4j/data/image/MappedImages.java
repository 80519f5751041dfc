package io.gan4j.data.image;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Images read straight from a memory-mapped file, never copied onto the Java heap as a whole
 * (STL-10's 100,000 unlabelled images are 2.7 GB; gan4j's JVM has a fixed 512 MB heap).
 *
 * <p>A {@link MappedByteBuffer} holds at most 2 GB, so the file is mapped in chunks of whole
 * records ({@code imagesPerChunk} images each, by default as many as fit in 2 GB): an image never
 * straddles two mappings. Reads use absolute gets, which leave the buffers untouched, so they are
 * safe from several threads. Images stored {@link PixelOrder#COLUMN_MAJOR column-major} are
 * transposed on read. The mappings live until the source is garbage-collected.
 */
public final class MappedImages implements ImageSource {

    private final FileLayout layout;
    private final int count;
    private final int imagesPerChunk;
    private final MappedByteBuffer[] chunks;
    private final int[] labels;
    private final int classes;
    private final String description;

    /**
     * Maps {@code count} records of {@code file}.
     *
     * @param labels         {@code count} labels in {@code [0, classes)}, or {@code null}
     * @param imagesPerChunk records per mapping (tests use tiny chunks to cross a boundary)
     * @throws ImageDataException if the file is shorter than the layout says, naming the file,
     *     the bytes expected from the offset and where the file ends
     */
    public MappedImages(
            Path file,
            int count,
            FileLayout layout,
            int[] labels,
            int classes,
            String description,
            int imagesPerChunk) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.count = count;
        this.description = Objects.requireNonNull(description, "description");
        if (imagesPerChunk < 1 || (long) imagesPerChunk * layout.recordBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("imagesPerChunk must be in 1.."
                    + Integer.MAX_VALUE / layout.recordBytes() + ", found " + imagesPerChunk);
        }
        this.imagesPerChunk = imagesPerChunk;
        this.labels = labels == null ? null : labels.clone();
        this.classes = labels == null ? 0 : classes;
        if (labels != null) {
            InMemoryImages.checkLabels(this.labels, count, classes);
        }
        this.chunks = map(file, count, layout, imagesPerChunk);
    }

    /** Maps {@code count} records of {@code file} in chunks of up to 2 GB. */
    public static MappedImages map(
            Path file, int count, FileLayout layout, int[] labels, int classes, String description) {
        return new MappedImages(
                file, count, layout, labels, classes, description, Integer.MAX_VALUE / layout.recordBytes());
    }

    private static MappedByteBuffer[] map(Path file, int count, FileLayout layout, int perChunk) {
        long needed = (long) count * layout.recordBytes();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = channel.size();
            if (layout.offset() + needed > end) {
                throw new ImageDataException(file + ": expected " + needed
                        + " bytes of image data from offset " + layout.offset()
                        + ", the file ends at offset " + end);
            }
            int n = (int) ((count + (long) perChunk - 1) / perChunk);
            MappedByteBuffer[] chunks = new MappedByteBuffer[n];
            for (int k = 0; k < n; k++) {
                long first = (long) k * perChunk;
                long records = Math.min(perChunk, count - first);
                chunks[k] = channel.map(
                        FileChannel.MapMode.READ_ONLY,
                        layout.offset() + first * layout.recordBytes(),
                        records * layout.recordBytes());
            }
            return chunks;
        } catch (IOException e) {
            throw new ImageDataException("cannot map " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int channels() {
        return layout.channels();
    }

    @Override
    public int height() {
        return layout.height();
    }

    @Override
    public int width() {
        return layout.width();
    }

    @Override
    public void read(int index, byte[] dst, int offset) {
        Objects.checkIndex(index, count);
        Objects.checkFromIndexSize(offset, layout.imageBytes(), dst.length);
        MappedByteBuffer chunk = chunks[index / imagesPerChunk];
        int at = (index % imagesPerChunk) * layout.recordBytes() + layout.pixelOffset();
        if (layout.order() == PixelOrder.ROW_MAJOR) {
            chunk.get(at, dst, offset, layout.imageBytes());
            return;
        }
        byte[] stored = new byte[layout.imageBytes()];
        chunk.get(at, stored, 0, stored.length);
        layout.order().toRowMajor(stored, 0, dst, offset, layout.channels(), layout.height(), layout.width());
    }

    @Override
    public int label(int index) {
        Objects.checkIndex(index, count);
        return labels == null ? -1 : labels[index];
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public String description() {
        return description;
    }
}
