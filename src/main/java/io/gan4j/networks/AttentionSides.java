package io.gan4j.networks;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link SelfAttention} block can go in each convolutional network: the sides of its
 * feature maps. Plain Java (no natives), so that a config is checked without loading libtorch.
 */
public final class AttentionSides {

    private AttentionSides() {}

    /** DCGAN generator: its hidden feature maps, first to last: b, 2b, …, side/2. */
    public static List<Integer> dcganGenerator(ImageShape image) {
        DcganLayout layout = DcganLayout.of(image.height());
        List<Integer> sides = new ArrayList<>();
        for (int i = 0; i < layout.stages(); i++) {
            sides.add(layout.base() << i);
        }
        return sides;
    }

    /** DCGAN discriminator: its convolutions' outputs, first to last: side/2, …, b. */
    public static List<Integer> dcganDiscriminator(ImageShape image) {
        DcganLayout layout = DcganLayout.of(image.height());
        List<Integer> sides = new ArrayList<>();
        for (int i = 1; i <= layout.stages(); i++) {
            sides.add(image.height() >> i);
        }
        return sides;
    }

    /** SNGAN generator (side 8M): its hidden feature maps M, 2M, 4M, 8M. */
    public static List<Integer> snganGenerator(ImageShape image) {
        int base = image.height() / 8;
        return List.of(base, 2 * base, 4 * base, 8 * base);
    }

    /** SNGAN discriminator (side 8M): its feature maps 8M, 4M, 2M, M. */
    public static List<Integer> snganDiscriminator(ImageShape image) {
        int base = image.height() / 8;
        return List.of(8 * base, 4 * base, 2 * base, base);
    }
}
