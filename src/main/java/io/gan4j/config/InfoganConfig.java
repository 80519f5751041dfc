package io.gan4j.config;

import java.util.List;

/**
 * InfoGAN's latent codes and their mutual-information term (Chen et al. 2016), in the section
 * {@code infogan}; absent means a plain GAN. With it, G's input is [z, one-hot(c₁), …, one-hot(c_k),
 * c_cont], z being {@code model.latent_dim} values from {@code model.latent_prior}, and a recognition
 * head Q on D's trunk estimates the codes from G's images. Both players' losses subtract
 * λ·L_I(G, Q) with L_I = E[log Q(c | G(z, c))] + H(c).
 *
 * @param categorical the number of categories of each categorical code c_i ~ Cat(K_i) uniform (the
 *     paper's MNIST: one code of 10); may be empty when there are continuous codes
 * @param continuous the number of continuous codes, each ~ U(−1, 1) (the paper's MNIST: 2)
 * @param categoricalWeight λ of the categorical codes' bound (the paper: 1)
 * @param continuousWeight λ of the continuous codes' bound (the authors' MNIST code: 1, with a fixed
 *     variance; the paper advises a smaller λ when the variance is learnt)
 * @param fixedVariance whether Q's Gaussian over a continuous code has variance 1 (the authors' MNIST
 *     code) rather than a learnt log-variance
 * @param qWidth units of Q's hidden dense layer (the paper's MNIST: 128)
 * @param accuracySamples images for each of the two accuracies of the categorical code measured at
 *     the end of training (generated images and real test images); 0 to skip them
 */
public record InfoganConfig(
        List<Integer> categorical,
        int continuous,
        double categoricalWeight,
        double continuousWeight,
        boolean fixedVariance,
        int qWidth,
        int accuracySamples) {

    public InfoganConfig {
        categorical = categorical == null ? null : List.copyOf(categorical);
    }

    /** The paper's MNIST codes: Cat(10) and two U(−1, 1), λ = 1 for both, fixed variance, Q's 128 hidden units. */
    public static InfoganConfig defaults() {
        return new InfoganConfig(List.of(10), 2, 1.0, 1.0, true, 128, 10_000);
    }

    void validate(Violations v, String path) {
        v.require(
                categorical != null,
                path + ".categorical",
                "must be a list of category counts such as [10], found null");
        if (categorical != null) {
            for (int i = 0; i < categorical.size(); i++) {
                v.require(
                        categorical.get(i) >= 2 && categorical.get(i) <= Bounds.CLASSES,
                        path + ".categorical",
                        "each code needs 2 to " + Bounds.CLASSES + " categories, found " + categorical.get(i)
                                + " at position " + (i + 1));
            }
        }
        v.require(
                categorical == null || categorical.size() <= Bounds.WIDTH,
                path + ".categorical",
                "at most " + Bounds.WIDTH + " codes, found " + (categorical == null ? 0 : categorical.size()));
        v.between(path + ".continuous", continuous, 0, Bounds.WIDTH);
        v.require(
                continuous != 0 || categorical == null || !categorical.isEmpty(),
                path,
                "needs at least one code: categorical is empty and continuous is 0");
        v.positive(path + ".categorical_weight", categoricalWeight);
        v.positive(path + ".continuous_weight", continuousWeight);
        v.between(path + ".q_width", qWidth, 1, Bounds.WIDTH);
        v.between(path + ".accuracy_samples", accuracySamples, 0, Bounds.SAMPLES);
    }
}
