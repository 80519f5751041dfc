package io.gan4j.regularisers;

import java.util.function.UnaryOperator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/** A term added to the discriminator's loss. */
public interface Penalty {

    /**
     * The penalty (a scalar, differentiable in the discriminator's parameters).
     *
     * @param discriminator maps a batch of samples, shape (n, …), to scores, shape (n / packing)
     * @param real a batch of real samples, shape (n, …)
     * @param fake a batch of generated samples, detached from the generator, same shape as real
     * @param noise the training noise stream, for any randomness the penalty needs
     */
    Tensor penalty(UnaryOperator<Tensor> discriminator, Tensor real, Tensor fake, GeneratorOptional noise);

    /**
     * The penalty of a data-parallel worker on its rows of the global batch: any random draw is
     * made for the whole global batch, from the same stream on every rank, and this rank takes its
     * {@code shard} of it, so the ranks together draw what one process would.
     */
    default Tensor penalty(UnaryOperator<Tensor> discriminator, Tensor real, Tensor fake, GeneratorOptional noise,
                           io.gan4j.distributed.Shard shard) {
        return penalty(discriminator, real, fake, noise);
    }
}
