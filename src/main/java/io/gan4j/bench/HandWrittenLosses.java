package io.gan4j.bench;

import static org.bytedeco.pytorch.global.torch.relu;
import static org.bytedeco.pytorch.global.torch.softplus;

import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;

/** The objectives written out by hand for the baselines, from logits or critic values (no gan4j class). */
final class HandWrittenLosses {

    private HandWrittenLosses() {}

    static Tensor discriminator(String objective, Tensor lr, Tensor lf) {
        Scalar one = new Scalar(1.0);
        return switch (objective) {
            case "minimax", "non-saturating", "combined-kl" ->
                softplus(lr.neg()).mean().add(softplus(lf).mean());
            case "wasserstein" -> lf.mean().sub(lr.mean());
            case "hinge" -> relu(lr.neg().add(one)).mean().add(relu(lf.add(one)).mean());
            case "least-squares" ->
                lr.sub(one).square().mean().add(lf.square().mean()).mul(new Scalar(0.5));
            default -> throw new IllegalArgumentException(objective);
        };
    }

    static Tensor generator(String objective, Tensor lf) {
        return switch (objective) {
            case "minimax" -> softplus(lf).mean().neg();
            case "non-saturating" -> softplus(lf.neg()).mean();
            case "combined-kl", "wasserstein", "hinge" -> lf.mean().neg();
            case "least-squares" -> lf.sub(new Scalar(1.0)).square().mean().mul(new Scalar(0.5));
            default -> throw new IllegalArgumentException(objective);
        };
    }
}
