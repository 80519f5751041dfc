package io.gan4j.data.image;

/**
 * Where the images sit in a binary file: fixed-size records from {@code offset}, each holding
 * one C×H×W image at {@code pixelOffset} within the record, its channels in {@code order}.
 *
 * @param channels    1 or 3
 * @param height      rows per image
 * @param width       columns per image
 * @param offset      byte offset of the first record in the file
 * @param recordBytes bytes per record, at least C·H·W + pixelOffset
 * @param pixelOffset byte offset of the image within its record (CIFAR-10: 1, after the label)
 * @param order       the order of each channel's bytes
 */
public record FileLayout(
        int channels, int height, int width, long offset, int recordBytes, int pixelOffset, PixelOrder order) {

    /** Validates the layout. */
    public FileLayout {
        InMemoryImages.checkShape(channels, height, width);
        long imageBytes = (long) channels * height * width;
        if (offset < 0 || pixelOffset < 0 || recordBytes < imageBytes + pixelOffset) {
            throw new IllegalArgumentException("a record of " + recordBytes
                    + " bytes cannot hold a " + channels + "×" + height + "×" + width
                    + " image at offset " + pixelOffset);
        }
    }

    /** Images packed back to back from {@code offset}, nothing between them (IDX, STL-10). */
    public static FileLayout packed(int channels, int height, int width, long offset, PixelOrder order) {
        return new FileLayout(channels, height, width, offset, channels * height * width, 0, order);
    }

    /** Bytes per image, C·H·W. */
    public int imageBytes() {
        return channels * height * width;
    }
}
