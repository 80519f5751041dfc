package io.gan4j.data.image;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Stacked MNIST (Metz et al. 2017, Unrolled GAN; VEEGAN; PacGAN): three MNIST digits as the red,
 * green and blue channels of one 3×H×W image, so the 1000 triples of digit classes are 1000
 * modes.
 *
 * <p>Image {@code i} stacks the MNIST images {@code p1[i mod N]}, {@code p2[i mod N]},
 * {@code p3[i mod N]} (N the MNIST size) of its block {@code b = ⌊i / N⌋}, where each block's p1,
 * p2, p3 are three permutations of 0..N−1, drawn block after block and one after the other from
 * {@code new SplittableRandom(seed)}, each by the Fisher–Yates shuffle of {@link EpochOrder} (for j
 * from N−1 down to 1, swap elements j and {@code random.nextInt(j + 1)}). So every block uses each
 * MNIST image once per channel, and more images than N are new triples, not repeats (26,000
 * stacked images from the 10,000 test digits would otherwise hold only 10,000 distinct ones). Its label is
 * {@code 100·d1 + 10·d2 + d3} (d_k the digit class
 * of the k-th image): 1000 classes. The same seed gives the same images.
 */
public final class StackedMnist implements ImageSource {

    private final ImageSource mnist;
    private final int size;
    private final int[][][] permutations;
    private final long seed;

    private StackedMnist(ImageSource mnist, long seed, int size) {
        this.mnist = mnist;
        this.size = size;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        int blocks = (int) ((size + (long) mnist.size() - 1) / mnist.size());
        permutations = new int[blocks][3][];
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < 3; k++) {
                permutations[b][k] = EpochOrder.shuffle(mnist.size(), random);
            }
        }
    }

    /**
     * Stacks {@code size} images from {@code mnist}.
     *
     * @param mnist a 1-channel source labelled with 10 classes (MNIST, Fashion-MNIST)
     * @param seed  the seed of the three permutations
     * @param size  the number of stacked images, at least 1
     * @throws IllegalArgumentException if {@code mnist} is not 1-channel, 10-class and non-empty
     */
    public static StackedMnist of(ImageSource mnist, long seed, int size) {
        Objects.requireNonNull(mnist, "mnist");
        if (mnist.channels() != 1 || mnist.classes() != 10 || mnist.size() == 0) {
            throw new IllegalArgumentException("stacked MNIST needs a non-empty 1-channel source "
                    + "with 10 classes, found " + mnist.description() + " with "
                    + mnist.classes() + " classes");
        }
        if (size < 1) {
            throw new IllegalArgumentException("stacked MNIST size must be at least 1, found " + size);
        }
        return new StackedMnist(mnist, seed, size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int channels() {
        return 3;
    }

    @Override
    public int height() {
        return mnist.height();
    }

    @Override
    public int width() {
        return mnist.width();
    }

    @Override
    public void read(int index, byte[] dst, int offset) {
        Objects.checkIndex(index, size);
        int plane = height() * width();
        Objects.checkFromIndexSize(offset, 3 * plane, dst.length);
        int[][] block = permutations[index / mnist.size()];
        int i = index % mnist.size();
        for (int k = 0; k < 3; k++) {
            mnist.read(block[k][i], dst, offset + k * plane);
        }
    }

    @Override
    public int label(int index) {
        Objects.checkIndex(index, size);
        int[][] block = permutations[index / mnist.size()];
        int i = index % mnist.size();
        return 100 * digit(block[0][i]) + 10 * digit(block[1][i]) + digit(block[2][i]);
    }

    private int digit(int image) {
        int digit = mnist.label(image);
        if (digit < 0) {
            throw new IllegalStateException(mnist.description() + ": image " + image + " has no label");
        }
        return digit;
    }

    @Override
    public int classes() {
        return 1000;
    }

    @Override
    public String description() {
        return "stacked MNIST (seed " + seed + "): " + size + " images, " + shape() + ", from " + mnist.description();
    }
}
