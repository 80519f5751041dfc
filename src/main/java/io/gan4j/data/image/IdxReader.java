package io.gan4j.data.image;

import java.nio.file.Path;

/**
 * Reads an IDX pair (MNIST, Fashion-MNIST, or any such pair) into memory: an images file (magic
 * {@code 0x00000803}, N × rows × columns unsigned bytes) and a labels file (magic
 * {@code 0x00000801}, N unsigned bytes), each plain or gzip-compressed (recognised by its magic
 * bytes). The number of classes is the largest label plus one (10 for MNIST).
 */
public final class IdxReader {

    private IdxReader() {}

    /**
     * Reads the pair.
     *
     * @param images the images file
     * @param labels the labels file
     * @param name   what the source calls itself, e.g. {@code "MNIST train"}
     * @return 1×rows×columns images with their labels
     * @throws ImageDataException for a wrong magic number, a truncated file, data past the end,
     *     or counts that disagree, naming the file(s), offsets and counts
     */
    public static InMemoryImages read(Path images, Path labels, String name) {
        IdxHeader imageHeader;
        byte[] pixels;
        try (BinaryInput in = BinaryInput.open(images)) {
            imageHeader = IdxHeader.readImages(images, in);
            int bytes = imageHeader.count() * imageHeader.rows() * imageHeader.columns();
            pixels = new byte[bytes];
            in.readFully(pixels, 0, bytes, "image data");
            in.expectEnd(imageHeader.count() + " images of " + imageHeader.rows() + "×" + imageHeader.columns());
        }
        int[] classes;
        try (BinaryInput in = BinaryInput.open(labels)) {
            IdxHeader labelHeader = IdxHeader.readLabels(labels, in);
            if (labelHeader.count() != imageHeader.count()) {
                throw new ImageDataException(images + " holds " + imageHeader.count() + " images but " + labels
                        + " holds " + labelHeader.count() + " labels");
            }
            byte[] raw = new byte[labelHeader.count()];
            in.readFully(raw, 0, raw.length, "label data");
            in.expectEnd(labelHeader.count() + " labels");
            classes = unsigned(raw);
        }
        int most = -1;
        for (int label : classes) {
            most = Math.max(most, label);
        }
        return new InMemoryImages(
                pixels,
                classes,
                1,
                imageHeader.rows(),
                imageHeader.columns(),
                most + 1,
                Describe.of(
                        name,
                        imageHeader.count(),
                        1,
                        imageHeader.rows(),
                        imageHeader.columns(),
                        images.toAbsolutePath().getParent()));
    }

    private static int[] unsigned(byte[] raw) {
        int[] values = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = raw[i] & 0xff;
        }
        return values;
    }
}
