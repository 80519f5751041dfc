package io.gan4j.metrics.image;

import org.bytedeco.pytorch.Tensor;

/**
 * Density and coverage (Naeem, Oh, Uh, Choi and Yoo 2020, "Reliable Fidelity and Diversity Metrics
 * for Generative Models", eq. 3–4), with balls of k-th-nearest-neighbour radius around the real
 * samples only (the paper: k = 5):
 * density = 1/(kM) Σⱼ Σᵢ 1[Yⱼ ∈ B(Xᵢ, NNDₖ(Xᵢ))] (how many real balls hold each generated sample,
 * over k; 1 in expectation for identical distributions, unbounded above);
 * coverage = 1/N Σᵢ 1[∃ j: Yⱼ ∈ B(Xᵢ, NNDₖ(Xᵢ))] (the share of real balls holding a generated sample).
 *
 * @param density ≥ 0
 * @param coverage in [0, 1]
 * @param k the neighbour that sets the radii
 */
public record DensityCoverage(double density, double coverage, int k) {

    /** Density and coverage of {@code fake} (M, d) against {@code real} (N, d). */
    public static DensityCoverage of(Tensor real, Tensor fake, int k) {
        double[] radii = NearestNeighbours.kthNeighbourDistances(real, k);
        int[] perFake = NearestNeighbours.ballCounts(fake, real, radii);
        long total = 0;
        for (int c : perFake) {
            total += c;
        }
        return new DensityCoverage((double) total / ((double) k * fake.size(0)), coveredBalls(real, fake, radii), k);
    }

    /** The share of real balls B(Xᵢ, rᵢ) that hold at least one generated sample. */
    static double coveredBalls(Tensor real, Tensor fake, double[] radii) {
        // the nearest generated sample to each real one, compared with that real point's radius
        double[] nearest = NearestNeighbours.nearestDistances(real, fake);
        int covered = 0;
        for (int i = 0; i < nearest.length; i++) {
            if (nearest[i] <= radii[i]) {
                covered++;
            }
        }
        return (double) covered / nearest.length;
    }
}
