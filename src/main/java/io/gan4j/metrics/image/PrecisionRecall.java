package io.gan4j.metrics.image;

import org.bytedeco.pytorch.Tensor;

/**
 * Improved precision and recall (Kynkäänniemi et al. 2019, "Improved Precision and Recall Metric
 * for Assessing Generative Models", eq. 1–2): each set's manifold is the union of balls around its
 * points, each ball's radius the distance to the point's k-th nearest neighbour in its own set
 * (the paper: k = 3). Precision = the fraction of generated samples inside the real manifold;
 * recall = the fraction of real samples inside the generated manifold.
 *
 * @param precision in [0, 1]
 * @param recall in [0, 1]
 * @param k the neighbour that sets the radii
 */
public record PrecisionRecall(double precision, double recall, int k) {

    /** Precision and recall of {@code fake} against {@code real} (features (n, d)). */
    public static PrecisionRecall of(Tensor real, Tensor fake, int k) {
        double[] realRadii = NearestNeighbours.kthNeighbourDistances(real, k);
        double[] fakeRadii = NearestNeighbours.kthNeighbourDistances(fake, k);
        return new PrecisionRecall(
                fractionInside(NearestNeighbours.ballCounts(fake, real, realRadii)),
                fractionInside(NearestNeighbours.ballCounts(real, fake, fakeRadii)),
                k);
    }

    static double fractionInside(int[] counts) {
        int inside = 0;
        for (int c : counts) {
            if (c > 0) {
                inside++;
            }
        }
        return (double) inside / counts.length;
    }
}
