package io.gan4j.networks;

/**
 * The shape of one image, channel-first.
 *
 * @param channels 1 (grey) or 3 (RGB)
 * @param height rows
 * @param width columns
 */
public record ImageShape(int channels, int height, int width) {

    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("an image needs positive channels, height and width, found " + channels
                    + "×" + height + "×" + width);
        }
    }

    /** Values in one image: C·H·W. */
    public long numel() {
        return (long) channels * height * width;
    }

    /** The shape of a batch of n such images: (n, C, H, W). */
    public long[] batch(long n) {
        return new long[] {n, channels, height, width};
    }

    @Override
    public String toString() {
        return channels + "×" + height + "×" + width;
    }
}
