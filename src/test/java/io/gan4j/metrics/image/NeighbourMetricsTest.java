package io.gan4j.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.TorchTest;
import java.util.Arrays;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Precision, recall, density and coverage")
class NeighbourMetricsTest extends TorchTest {

    /** The integers from..from+n−1 as 1-D features. */
    private static Tensor lattice(int from, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i;
        }
        return Tensor.create(v, n, 1);
    }

    private static Tensor gaussian(long n, long seed) {
        return randn(new long[] {n, 3}, new GeneratorOptional(createCPUGenerator(seed)));
    }

    @Nested
    @DisplayName("on lattices, where the radii are known (k = 3: 2 inside, 3 at the ends)")
    class Lattices {

        @Test
        @DisplayName("a shift of 10 gives precision = recall = 93/100")
        void shifted() {
            PrecisionRecall pr = PrecisionRecall.of(lattice(0, 100), lattice(10, 100), 3);
            assertThat(pr.precision()).isCloseTo(0.93, within(1e-12));
            assertThat(pr.recall()).isCloseTo(0.93, within(1e-12));
        }

        @Test
        @DisplayName("the same points give 1 and 1; sets far apart give 0 and 0")
        void sameAndApart() {
            PrecisionRecall same = PrecisionRecall.of(lattice(0, 50), lattice(0, 50), 3);
            assertThat(same.precision()).isEqualTo(1.0);
            assertThat(same.recall()).isEqualTo(1.0);
            PrecisionRecall apart = PrecisionRecall.of(lattice(0, 50), lattice(1000, 50), 3);
            assertThat(apart.precision()).isEqualTo(0.0);
            assertThat(apart.recall()).isEqualTo(0.0);
        }

        @Test
        @DisplayName("k-th neighbour radii: 2 inside the lattice, 3 at its ends")
        void radii() {
            double[] r = NearestNeighbours.kthNeighbourDistances(lattice(0, 10), 3);
            assertThat(r).containsExactly(new double[] {3, 2, 2, 2, 2, 2, 2, 2, 2, 3}, within(1e-9));
        }
    }

    @Nested
    @DisplayName("agree with a brute-force implementation on random 3-D sets")
    class BruteForce {

        @Test
        void precisionAndRecall() {
            Tensor real = gaussian(300, 1);
            Tensor fake = gaussian(250, 2).mul(new Scalar(1.3)).add(new Scalar(0.4));
            double[][] r = rows(real);
            double[][] f = rows(fake);
            PrecisionRecall pr = PrecisionRecall.of(real, fake, 3);
            assertThat(pr.precision()).isEqualTo(insideShare(f, r, radii(r, 3)));
            assertThat(pr.recall()).isEqualTo(insideShare(r, f, radii(f, 3)));
        }

        @Test
        void densityAndCoverage() {
            Tensor real = gaussian(300, 3);
            Tensor fake = gaussian(200, 4).mul(new Scalar(0.8));
            double[][] r = rows(real);
            double[][] f = rows(fake);
            double[] rad = radii(r, 5);
            long inBalls = 0;
            int covered = 0;
            for (int i = 0; i < r.length; i++) {
                boolean any = false;
                for (double[] y : f) {
                    if (dist(y, r[i]) <= rad[i]) {
                        inBalls++;
                        any = true;
                    }
                }
                covered += any ? 1 : 0;
            }
            DensityCoverage dc = DensityCoverage.of(real, fake, 5);
            assertThat(dc.density()).isCloseTo(inBalls / (5.0 * f.length), within(1e-12));
            assertThat(dc.coverage()).isCloseTo((double) covered / r.length, within(1e-12));
        }
    }

    @Test
    @DisplayName("one distribution against itself: density near 1 and coverage near 1 − 2^-k·… (high); precision and "
            + "recall high")
    void sameDistribution() {
        Tensor real = gaussian(2000, 5);
        Tensor fake = gaussian(2000, 6);
        DensityCoverage dc = DensityCoverage.of(real, fake, 5);
        assertThat(dc.density()).isCloseTo(1.0, within(0.15));
        assertThat(dc.coverage()).isGreaterThan(0.9);
        PrecisionRecall pr = PrecisionRecall.of(real, fake, 3);
        assertThat(pr.precision()).isGreaterThan(0.7);
        assertThat(pr.recall()).isGreaterThan(0.7);
        PrecisionRecall shifted = PrecisionRecall.of(real, fake.add(new Scalar(6.0)), 3);
        assertThat(shifted.precision()).isLessThan(0.01);
    }

    private static double[][] rows(Tensor t) {
        double[] flat = GaussianFit.doubles(t);
        int d = (int) t.size(1);
        double[][] out = new double[(int) t.size(0)][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(flat, i * d, (i + 1) * d);
        }
        return out;
    }

    private static double dist(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    private static double[] radii(double[][] x, int k) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] d = new double[x.length - 1];
            int at = 0;
            for (int j = 0; j < x.length; j++) {
                if (j != i) {
                    d[at++] = dist(x[i], x[j]);
                }
            }
            Arrays.sort(d);
            r[i] = d[k - 1];
        }
        return r;
    }

    private static double insideShare(double[][] queries, double[][] centres, double[] radii) {
        int inside = 0;
        for (double[] q : queries) {
            for (int i = 0; i < centres.length; i++) {
                if (dist(q, centres[i]) <= radii[i]) {
                    inside++;
                    break;
                }
            }
        }
        return (double) inside / queries.length;
    }
}
