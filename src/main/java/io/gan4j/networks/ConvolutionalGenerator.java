package io.gan4j.networks;

import java.util.List;
import java.util.function.LongUnaryOperator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * What the DCGAN and SNGAN generators share: an input of z and, class-conditional, one-hot(y) after
 * it ({@link ConditionalLatent}); optional norms; and SAGAN's option of a {@link SelfAttention} block
 * after the hidden feature maps of one side.
 */
abstract class ConvolutionalGenerator extends GeneratorNetwork {

    private final int noise;
    private final int classes;
    private int attentionSide;
    private SelfAttention attention;

    /**
     * @param noise the size of z
     * @param classes K for a class-conditional generator, 0 for none
     */
    ConvolutionalGenerator(int noise, int classes) {
        this.noise = noise;
        this.classes = classes;
    }

    /**
     * Adds self-attention after the hidden feature maps of {@code side}, the subclass calling it
     * once, last, where its initial weights are drawn; nothing for side 0.
     *
     * @param sides the sides of the hidden feature maps, in order
     * @param channels the channels of the maps at index i of {@code sides}
     * @throws IllegalArgumentException if {@code side} is neither 0 nor one of {@code sides}
     */
    final void attendAt(
            int side,
            List<Integer> sides,
            LongUnaryOperator channels,
            boolean spectralNorm,
            String family,
            GeneratorOptional init) {
        if (side != 0 && !sides.contains(side)) {
            throw new IllegalArgumentException("self-attention at side " + side + ": this " + family
                    + " generator's hidden " + "feature maps have the sides " + sides);
        }
        this.attentionSide = side;
        this.attention = side == 0
                ? null
                : attention(
                        "attention",
                        new SelfAttention(
                                channels.applyAsLong(sides.indexOf(side)), spectralNorm, WeightInit.NORMAL_002, init));
    }

    /** {@code h} through self-attention if its side is the one attended to, else {@code h}. */
    final Tensor attend(Tensor h) {
        return attention != null && h.size(2) == attentionSide ? attention.forward(h) : h;
    }

    /** The one-hot classes of G's input, shape (n, classes), or {@code null} for an unconditional generator. */
    final Tensor classesOf(Tensor input) {
        return classes == 0 ? null : input.narrow(1, noise, classes);
    }

    /** {@code m} registered as {@code name}, or {@code null} for no module (a norm of none). */
    final Module register(Module m, String name) {
        return m == null ? null : register_module(name, m);
    }

    @Override
    public final SelfAttention selfAttention() {
        return attention;
    }

    @Override
    public final int latentDim() {
        return noise + classes;
    }

    @Override
    public final int classes() {
        return classes;
    }
}
