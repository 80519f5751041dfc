package io.gan4j.data.image;

/** How the bytes of one channel of an image are ordered in a file. */
public enum PixelOrder {

    /** Row after row: byte {@code y·W + x} is row y, column x (C, NumPy, IDX, CIFAR-10). */
    ROW_MAJOR,

    /**
     * Column after column: byte {@code x·H + y} is row y, column x (Matlab; STL-10's binary
     * files). Read into row-major order by transposing each channel.
     */
    COLUMN_MAJOR;

    /**
     * Copies one C×H×W image from {@code src} (in this order) to {@code dst} in row-major order.
     */
    void toRowMajor(byte[] src, int srcOffset, byte[] dst, int dstOffset, int channels, int height, int width) {
        int plane = height * width;
        if (this == ROW_MAJOR) {
            System.arraycopy(src, srcOffset, dst, dstOffset, channels * plane);
            return;
        }
        for (int c = 0; c < channels; c++) {
            int from = srcOffset + c * plane;
            int to = dstOffset + c * plane;
            for (int x = 0; x < width; x++) {
                for (int y = 0; y < height; y++) {
                    dst[to + y * width + x] = src[from + x * height + y];
                }
            }
        }
    }
}
