package io.gan4j.evaluation;

import io.gan4j.Refused;
import io.gan4j.metrics.image.DensityCoverage;
import io.gan4j.metrics.image.FrechetDistance;
import io.gan4j.metrics.image.GaussianFit;
import io.gan4j.metrics.image.InceptionScore;
import io.gan4j.metrics.image.KernelDistance;
import io.gan4j.metrics.image.PrecisionRecall;
import java.util.EnumSet;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * The distribution metrics between a reference set and a compared set (generated images, or a
 * second real split): FID, KID (100 subsets of min(1000, n)), IS of the compared set (10 splits),
 * precision/recall (k = 3) and density/coverage (k = 5).
 */
public final class Comparison {

    /** KID's subsets, as Bińkowski et al. */
    static final int KID_SUBSETS = 100;

    static final int KID_SUBSET_SIZE = 1000;

    private Comparison() {}

    /** @param stream the stream KID's subsets are drawn from */
    public static DistributionFigures of(
            Features reference, Features compared, EnumSet<Metric> metrics, GeneratorOptional stream) {
        Double fid = null;
        DistributionFigures.KernelDistanceSpread kid = null;
        DistributionFigures.InceptionScoreSpread is = null;
        PrecisionRecall pr = null;
        DensityCoverage dc = null;
        if (metrics.contains(Metric.FID)) {
            fid = FrechetDistance.between(GaussianFit.of(reference.features()), GaussianFit.of(compared.features()));
        }
        if (metrics.contains(Metric.KID)) {
            int m = Math.min(KID_SUBSET_SIZE, Math.min(reference.count(), compared.count()));
            kid = DistributionFigures.KernelDistanceSpread.of(
                    KernelDistance.of(reference.features(), compared.features(), KID_SUBSETS, m, stream), m);
        }
        if (metrics.contains(Metric.IS)) {
            if (compared.probabilities() == null) {
                throw new Refused("the Inception Score needs an extractor with class probabilities");
            }
            is = DistributionFigures.InceptionScoreSpread.of(InceptionScore.of(rows(compared.probabilities()), 10));
        }
        if (metrics.contains(Metric.PR)) {
            pr = PrecisionRecall.of(reference.features(), compared.features(), 3);
        }
        if (metrics.contains(Metric.DC)) {
            dc = DensityCoverage.of(reference.features(), compared.features(), 5);
        }
        return new DistributionFigures(
                fid,
                kid,
                is,
                pr == null ? null : pr.precision(),
                pr == null ? null : pr.recall(),
                dc == null ? null : dc.density(),
                dc == null ? null : dc.coverage());
    }

    /** A (n, K) tensor as n rows of doubles. */
    static double[][] rows(Tensor t) {
        Tensor c = t.contiguous().toType(org.bytedeco.pytorch.global.torch.ScalarType.Double);
        int n = (int) c.size(0);
        int k = (int) c.size(1);
        double[] flat = new double[n * k];
        java.nio.DoubleBuffer b = c.createBuffer();
        b.get(flat);
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * k, out[i], 0, k);
        }
        return out;
    }
}
