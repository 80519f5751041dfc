package io.gan4j.data.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads STL-10's binary version ({@code stl10_binary/unlabeled_X.bin}: 100,000 images;
 * {@code train_X.bin}/{@code train_y.bin}: 5,000; {@code test_X.bin}/{@code test_y.bin}:
 * 8,000). Each image is 3×96×96 bytes, channel after channel, but each channel is stored
 * column-major (Matlab's layout), so the memory-mapped images are transposed to row-major on
 * read. The {@code _y} files hold one byte per image, 1..10, which become labels 0..9.
 */
public final class Stl10Reader {

    /** Bytes per image, 3·96·96. */
    public static final int IMAGE_BYTES = 3 * 96 * 96;

    private static final FileLayout LAYOUT = FileLayout.packed(3, 96, 96, 0, PixelOrder.COLUMN_MAJOR);

    private Stl10Reader() {}

    /**
     * Maps an images file, with its labels file if there is one.
     *
     * @param images         an {@code _X.bin} file
     * @param labels         the matching {@code _y.bin} file, or {@code null} for
     *                       {@code unlabeled_X.bin}
     * @param name           what the source calls itself, e.g. {@code "STL-10 unlabeled"}
     * @param imagesPerChunk images per mapping (at most 77,672 fit in 2 GB)
     * @return 3×96×96 images, labelled 0..9 or unlabelled
     * @throws ImageDataException if the images file's length is not a multiple of 27,648, or
     *     the labels disagree in number or are not 1..10
     */
    public static MappedImages read(Path images, Path labels, String name, int imagesPerChunk) {
        long length = size(images);
        if (length % IMAGE_BYTES != 0 || length / IMAGE_BYTES > Integer.MAX_VALUE) {
            throw new ImageDataException(images + ": its length " + length + " bytes is not a multiple of "
                    + IMAGE_BYTES + " (3×96×96 images)");
        }
        int count = (int) (length / IMAGE_BYTES);
        int[] classes = labels == null ? null : labels(labels, count, images);
        return new MappedImages(
                images,
                count,
                LAYOUT,
                classes,
                classes == null ? 0 : 10,
                Describe.of(name, count, 3, 96, 96, images.toAbsolutePath().getParent()),
                imagesPerChunk);
    }

    /** {@link #read(Path, Path, String, int)} with mappings of up to 2 GB. */
    public static MappedImages read(Path images, Path labels, String name) {
        return read(images, labels, name, Integer.MAX_VALUE / IMAGE_BYTES);
    }

    private static int[] labels(Path file, int count, Path images) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (raw.length != count) {
            throw new ImageDataException(
                    images + " holds " + count + " images but " + file + " holds " + raw.length + " labels");
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int stored = raw[i] & 0xff;
            if (stored < 1 || stored > 10) {
                throw new ImageDataException(file + ": label " + stored + " at offset " + i + ", expected 1..10");
            }
            labels[i] = stored - 1;
        }
        return labels;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImageDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
