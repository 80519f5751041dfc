package io.gan4j.config;

import io.gan4j.networks.DcganLayout;
import io.gan4j.networks.ImageShape;
import java.util.List;

/**
 * A family of networks a config names under {@code architecture}: its paper's width, and which
 * images it can be built for. A family that can generate is a {@link GeneratorFamily}, one that
 * can discriminate a {@link DiscriminatorFamily}; {@link Architectures} lists them by name.
 */
public interface NetworkFamily {

    /** Its value of {@code architecture}. */
    String name();

    /** What {@code width: 0} means: the paper's units (MLP) or feature maps. */
    default int width() {
        return 64;
    }

    /**
     * Why it cannot be built for images of {@code shape}, or {@code null} when it can; {@code what}
     * names the images in the message.
     */
    default String imageProblem(ImageShape shape, String what) {
        return null;
    }

    /** Whether its networks are convolutional on images (their thread defaults differ from an MLP's) or points. */
    default boolean convolutional(boolean images) {
        return true;
    }

    /**
     * Whether it has feature maps, where self-attention and class conditioning (conditional batch
     * norm in G, the projection in D) are built.
     */
    default boolean featureMaps() {
        return false;
    }

    /**
     * The sides of its feature maps for images of {@code shape}, where self-attention can go; empty
     * where it cannot be built for that shape ({@link #imageProblem} says why).
     */
    default List<Integer> attentionSides(ImageShape shape, boolean generator) {
        return List.of();
    }

    /** Whether it takes a dense hidden layer ({@code dense}) before its output or after its input. */
    default boolean takesDense() {
        return false;
    }

    /**
     * The chain of feature maps the memory estimate counts for images of {@code shape}, or
     * {@code null} for a fully connected network.
     */
    default DcganLayout estimatedLayout(ImageShape shape) {
        return null;
    }

    /** DCGAN's layout of feature maps, which the DCGAN networks and the auto-encoder follow. */
    static String dcganLayoutProblem(String name, ImageShape shape, String what) {
        return DcganLayout.supports(shape.height())
                ? null
                : name + " needs a side b·2^n with 4 ≤ b ≤ 7 (28, 32, 48, 64, …), found " + what;
    }
}
