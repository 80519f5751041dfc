package io.gan4j.networks;

/**
 * How deep a DCGAN is for a given image size: {@code stages} stride-2 (transposed) convolutions
 * between a base of {@code base}×{@code base} feature maps and the image, with the base between 4
 * and 7 (Radford et al. 2016 start 64×64 images from 4×4; MNIST's 28×28 starts from 7×7).
 * The deepest such layout is chosen: 28 → 7·2², 32 → 4·2³, 48 → 6·2³, 64 → 4·2⁴, 96 → 6·2⁴,
 * 128 → 4·2⁵.
 *
 * @param base side of the smallest feature maps
 * @param stages stride-2 layers (each halves or doubles the side)
 */
public record DcganLayout(int base, int stages) {

    /** The layout for square images of side {@code size}. */
    public static DcganLayout of(int size) {
        for (int stages = 30; stages >= 1; stages--) {
            long factor = 1L << stages;
            if (size % factor == 0 && size / factor >= 4) {
                int base = (int) (size / factor);
                if (base <= 7) {
                    return new DcganLayout(base, stages);
                }
            }
        }
        throw new IllegalArgumentException("no DCGAN layout for images of side " + size
                + ": the side must be b·2^n with 4 ≤ b ≤ 7 and n ≥ 1 (e.g. 28, 32, 48, 64, 96, 128)");
    }

    /** Whether {@link #of} accepts {@code size}. */
    public static boolean supports(int size) {
        try {
            of(size);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Feature maps at stage i (0 = the base, widest; {@code stages} = the image): width·2^(stages−1−i). */
    long channels(long width, int i) {
        return width << (stages - 1 - i);
    }
}
