package io.gan4j.regularisers;

import io.gan4j.step.Constraint;
import io.gan4j.torch.Tensors;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.ScalarOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/**
 * Weight clipping (Arjovsky, Chintala and Bottou, 2017, "Wasserstein GAN", Algorithm 1, line 7):
 * after every critic update, w ← clip(w, −c, c) for every parameter w, so the critic stays in a
 * compact set and hence K-Lipschitz for some K. The paper uses c = 0.01.
 *
 * <p>Every parameter is clipped, biases and any normalisation parameters included, as the
 * reference implementation does.
 */
public final class WeightClipping implements Constraint {

    private final double clip;

    /** @param clip the bound c &gt; 0 */
    public WeightClipping(double clip) {
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip must be positive, found " + clip);
        }
        this.clip = clip;
    }

    public double clip() {
        return clip;
    }

    @Override
    public void apply(Module discriminator) {
        try (NoGradGuard guard = new NoGradGuard()) {
            TensorVector parameters = discriminator.parameters();
            for (long i = 0; i < parameters.size(); i++) {
                Tensor p = parameters.get(i);
                p.clamp_(new ScalarOptional(Tensors.scalar(-clip)), new ScalarOptional(Tensors.scalar(clip)));
            }
        }
    }
}
