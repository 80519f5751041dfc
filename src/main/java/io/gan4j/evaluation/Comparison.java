package io.gan4j.evaluation;

import io.gan4j.Refused;
import io.gan4j.metrics.image.DensityCoverage;
import io.gan4j.metrics.image.FrechetDistance;
import io.gan4j.metrics.image.GaussianFit;
import io.gan4j.metrics.image.InceptionScore;
import io.gan4j.metrics.image.KernelDistance;
import io.gan4j.metrics.image.MeanAndSpread;
import io.gan4j.metrics.image.PrecisionRecall;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;

/**
 * The distribution metrics between a reference set and a compared set (generated images, or a
 * second real split): FID, KID (100 subsets of min(1000, n)), IS of the compared set (10 splits),
 * precision/recall (k = 3) and density/coverage (k = 5), each under its name in a map ready for
 * {@code eval.json}.
 */
public final class Comparison {

    /** KID's subsets, as Bińkowski et al. */
    static final int KID_SUBSETS = 100;

    static final int KID_SUBSET_SIZE = 1000;

    private Comparison() {}

    /**
     * @param stream the stream KID's subsets are drawn from
     * @return figure name → value (a number, or a map of numbers)
     */
    public static Map<String, Object> of(
            Features reference, Features compared, EnumSet<Metric> metrics, GeneratorOptional stream) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (metrics.contains(Metric.FID)) {
            out.put(
                    "fid",
                    FrechetDistance.between(GaussianFit.of(reference.features()), GaussianFit.of(compared.features())));
        }
        if (metrics.contains(Metric.KID)) {
            int m = Math.min(KID_SUBSET_SIZE, Math.min(reference.count(), compared.count()));
            MeanAndSpread kid = KernelDistance.of(reference.features(), compared.features(), KID_SUBSETS, m, stream);
            out.put("kid", spread(kid, "subsets", m));
        }
        if (metrics.contains(Metric.IS)) {
            if (compared.probabilities() == null) {
                throw new Refused("the Inception Score needs an extractor with class probabilities");
            }
            out.put("is", spread(InceptionScore.of(rows(compared.probabilities()), 10), "splits", 0));
        }
        if (metrics.contains(Metric.PR)) {
            PrecisionRecall pr = PrecisionRecall.of(reference.features(), compared.features(), 3);
            out.put("precision", pr.precision());
            out.put("recall", pr.recall());
        }
        if (metrics.contains(Metric.DC)) {
            DensityCoverage dc = DensityCoverage.of(reference.features(), compared.features(), 5);
            out.put("density", dc.density());
            out.put("coverage", dc.coverage());
        }
        return out;
    }

    private static Map<String, Object> spread(MeanAndSpread v, String parts, int subsetSize) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", v.mean());
        m.put("std", v.std());
        m.put(parts, v.parts());
        if (subsetSize > 0) {
            m.put("subset_size", subsetSize);
        }
        return m;
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
