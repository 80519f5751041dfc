package io.gan4j.metrics.image;

/**
 * Mode coverage on stacked MNIST (Metz et al. 2017, "Unrolled Generative Adversarial Networks";
 * the protocol of the VEEGAN and PacGAN tables): each generated image's three channels are
 * classified as digits d₁, d₂, d₃ by a pretrained MNIST classifier, its mode is 100·d₁ + 10·d₂ + d₃,
 * and over the samples (the papers: 26,000) one reports the modes covered (with at least one
 * sample) of 1000, and KL(q ‖ p) = Σₘ q(m) log(q(m)/p(m)) between the modes' histogram q and the
 * uniform p(m) = 1/1000 (0·log 0 = 0).
 *
 * @param covered modes with at least one sample
 * @param kl KL(mode histogram ‖ uniform), in nats
 * @param samples how many samples were counted
 */
public record StackedMnistModes(int covered, double kl, int samples) {

    /** The number of modes: 10³. */
    public static final int MODES = 1000;

    /** The figures of samples whose modes (0 … 999) are {@code modes}. */
    public static StackedMnistModes of(int[] modes) {
        int[] counts = new int[MODES];
        for (int m : modes) {
            if (m < 0 || m >= MODES) {
                throw new IllegalArgumentException("a stacked-MNIST mode is in 0 … 999, found " + m);
            }
            counts[m]++;
        }
        int covered = 0;
        double kl = 0;
        for (int c : counts) {
            if (c > 0) {
                covered++;
                double q = (double) c / modes.length;
                kl += q * Math.log(q * MODES);
            }
        }
        return new StackedMnistModes(covered, kl, modes.length);
    }

    /** The mode of three channel digits. */
    public static int mode(int d1, int d2, int d3) {
        return 100 * d1 + 10 * d2 + d3;
    }
}
