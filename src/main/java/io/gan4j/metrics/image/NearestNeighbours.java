package io.gan4j.metrics.image;

import static org.bytedeco.pytorch.global.torch.ScalarType.Double;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;

/**
 * Exact Euclidean k-nearest-neighbour radii and ball queries between feature sets, by blocks of
 * rows so that no n × n distance matrix is held at once: ‖a − b‖² = ‖a‖² + ‖b‖² − 2aᵀb (float64,
 * clamped at 0).
 */
final class NearestNeighbours {

    private static final long BLOCK = 1024;

    private NearestNeighbours() {
    }

    /** For each row of {@code x}, the distance to its k-th nearest other row of {@code x} (itself excluded). */
    static double[] kthNeighbourDistances(Tensor x, int k) {
        long n = x.size(0);
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("the " + k + "-th neighbour needs more than " + k + " samples, found " + n);
        }
        Tensor xd = x.toType(Double);
        double[] radii = new double[(int) n];
        for (long start = 0; start < n; start += BLOCK) {
            try (PointerScope scope = new PointerScope()) {
                long len = Math.min(BLOCK, n - start);
                Tensor d = squaredDistances(xd.narrow(0, start, len), xd);
                // k + 1 smallest: the first is the point itself (distance 0)
                Tensor top = d.topk(k + 1, 1, false, true).get0();
                double[] kth = GaussianFit.doubles(top.select(1, k).clamp_min(new Scalar(0.0)).sqrt());
                System.arraycopy(kth, 0, radii, (int) start, (int) len);
            }
        }
        return radii;
    }

    /**
     * For each row of {@code queries}: how many rows i of {@code centres} have ‖q − cᵢ‖ ≤ radii[i].
     */
    static int[] ballCounts(Tensor queries, Tensor centres, double[] radii) {
        long n = queries.size(0);
        Tensor c = centres.toType(Double);
        Tensor r2 = Tensor.create(squares(radii), radii.length);
        int[] counts = new int[(int) n];
        for (long start = 0; start < n; start += BLOCK) {
            try (PointerScope scope = new PointerScope()) {
                long len = Math.min(BLOCK, n - start);
                Tensor d = squaredDistances(queries.narrow(0, start, len).toType(Double), c);
                Tensor inside = d.le(r2.unsqueeze(0)).sum(new long[] {1}, false, new org.bytedeco.pytorch.ScalarTypeOptional());
                long[] v = new long[(int) len];
                java.nio.LongBuffer lb = inside.contiguous().toType(org.bytedeco.pytorch.global.torch.ScalarType.Long).createBuffer();
                lb.get(v);
                for (int i = 0; i < len; i++) {
                    counts[(int) (start + i)] = (int) v[i];
                }
            }
        }
        return counts;
    }

    /** For each row of {@code queries}, the distance to the nearest row of {@code set}. */
    static double[] nearestDistances(Tensor queries, Tensor set) {
        long n = queries.size(0);
        Tensor s = set.toType(Double);
        double[] out = new double[(int) n];
        for (long start = 0; start < n; start += BLOCK) {
            try (PointerScope scope = new PointerScope()) {
                long len = Math.min(BLOCK, n - start);
                Tensor d = squaredDistances(queries.narrow(0, start, len).toType(Double), s);
                double[] nearest = GaussianFit.doubles(d.amin(new long[] {1}, false).sqrt());
                System.arraycopy(nearest, 0, out, (int) start, (int) len);
            }
        }
        return out;
    }

    /** ‖aᵢ − bⱼ‖² for every pair: (|a|, |b|). */
    static Tensor squaredDistances(Tensor a, Tensor b) {
        Tensor aa = a.mul(a).sum(new long[] {1}, true, new org.bytedeco.pytorch.ScalarTypeOptional());
        Tensor bb = b.mul(b).sum(new long[] {1}, true, new org.bytedeco.pytorch.ScalarTypeOptional()).t();
        return aa.add(bb).sub(a.matmul(b.t()).mul(new Scalar(2.0))).clamp_min(new Scalar(0.0));
    }

    private static double[] squares(double[] r) {
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i] * r[i];
        }
        return out;
    }
}
