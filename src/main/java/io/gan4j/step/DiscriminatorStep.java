package io.gan4j.step;

import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.Latent;
import java.util.Map;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * What one discriminator step has seen, for its terms to read.
 *
 * @param real this step's real batch, shape (n, …)
 * @param realLabels the real batch's classes, shape (n), or {@code null} for an unconditional run
 * @param realScores D's scores of the real batch
 * @param drawn G's inputs for the generated batch and what they were drawn from
 * @param fake G's samples from {@code drawn}, without autograd, the real batch's shape
 * @param judged D's judgement of the generated batch (its scores, and Q's posterior with InfoGAN)
 * @param discriminator D itself, for terms that score further points
 * @param noise the training noise stream, for any randomness a term needs
 * @param figures where a term puts further figures for the log beside its value
 */
public record DiscriminatorStep(
        Tensor real,
        Tensor realLabels,
        Tensor realScores,
        Latent.Draw drawn,
        Tensor fake,
        DiscriminatorNetwork.Judgement judged,
        DiscriminatorNetwork discriminator,
        GeneratorOptional noise,
        Map<String, Tensor> figures) {

    /** D's scores of {@code x}, a batch like the real one, with the real batch's labels. */
    public Tensor score(Tensor x) {
        return discriminator.forward(x, realLabels);
    }
}
