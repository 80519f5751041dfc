package io.gan4j.data.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CIFAR-10's binary version ({@code cifar-10-batches-bin/data_batch_1..5.bin},
 * {@code test_batch.bin}): records of 3073 bytes, one label byte (0..9) then 3072 pixel bytes:
 * 1024 red, 1024 green, 1024 blue, each 32×32 row-major. That is already C×H×W, so images are
 * memory-mapped and read as they are; only the labels are read into memory.
 */
public final class Cifar10Reader {

    /** Bytes per record: the label, then 3×32×32 pixels. */
    public static final int RECORD_BYTES = 1 + 3 * 32 * 32;

    private static final FileLayout LAYOUT = new FileLayout(3, 32, 32, 0, RECORD_BYTES, 1, PixelOrder.ROW_MAJOR);

    private Cifar10Reader() {}

    /**
     * Reads the batch files, one after the other.
     *
     * @param files the {@code .bin} files, in order
     * @param name  what the source calls itself, e.g. {@code "CIFAR-10 train"}
     * @return 3×32×32 images with labels 0..9 (10 classes)
     * @throws ImageDataException if a file's length is not a multiple of 3073 (naming the file
     *     and its length) or a label is not 0..9 (naming the file and the offset)
     */
    public static ImageSource read(List<Path> files, String name) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no CIFAR-10 files given");
        }
        List<ImageSource> parts = new ArrayList<>();
        long total = 0;
        for (Path file : files) {
            int[] labels = labels(file);
            total += labels.length;
            parts.add(MappedImages.map(
                    file,
                    labels.length,
                    LAYOUT,
                    labels,
                    10,
                    Describe.of(name + " (" + file.getFileName() + ")", labels.length, 3, 32, 32, file)));
        }
        String description = Describe.of(
                name, (int) total, 3, 32, 32, files.get(0).toAbsolutePath().getParent());
        return ConcatenatedImages.of(description, parts);
    }

    /** The label bytes of every record of {@code file}, checked to be 0..9. */
    static int[] labels(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length % RECORD_BYTES != 0 || length / RECORD_BYTES > Integer.MAX_VALUE) {
                throw new ImageDataException(file + ": its length " + length
                        + " bytes is not a multiple of " + RECORD_BYTES
                        + " (CIFAR-10 records: 1 label byte + 3072 pixel bytes)");
            }
            int[] labels = new int[(int) (length / RECORD_BYTES)];
            ByteBuffer block = ByteBuffer.allocate(RECORD_BYTES * 256);
            long position = 0;
            int next = 0;
            while (position < length) {
                block.clear();
                int n = channel.read(block, position);
                if (n < 0) {
                    throw new ImageDataException(
                            file + ": the file ends at offset " + position + ", expected " + length + " bytes");
                }
                for (long record = (long) next * RECORD_BYTES; record < position + n; record += RECORD_BYTES) {
                    int label = block.get((int) (record - position)) & 0xff;
                    if (label > 9) {
                        throw new ImageDataException(
                                file + ": label " + label + " at offset " + record + ", expected 0..9");
                    }
                    labels[next++] = label;
                }
                position += n;
            }
            return labels;
        } catch (IOException e) {
            throw new ImageDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
