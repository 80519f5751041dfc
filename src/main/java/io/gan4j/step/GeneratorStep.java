package io.gan4j.step;

import io.gan4j.networks.DiscriminatorNetwork;
import io.gan4j.networks.Latent;
import java.util.Map;
import org.bytedeco.pytorch.Tensor;

/**
 * What one generator step has seen, for its terms to read.
 *
 * @param drawn G's inputs and what they were drawn from (classes, InfoGAN's codes)
 * @param fake G's samples from {@code drawn}, with autograd
 * @param judged D's judgement of them: scores, and the codes or Q's posterior where D gives them
 * @param figures where a term puts further figures for the log beside its value
 */
public record GeneratorStep(
        Latent.Draw drawn, Tensor fake, DiscriminatorNetwork.Judgement judged, Map<String, Tensor> figures) {}
