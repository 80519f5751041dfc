package io.gan4j.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.evaluation.DistributionFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    @DisplayName("a non-finite number is null at any depth: top level, in a nested map, in a double[]")
    void nonFiniteIsNull() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("inf", Double.POSITIVE_INFINITY);
        nested.put("per_class", new double[] {0.5, Double.NaN});
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("nan", Double.NaN);
        top.put("one", 1.0);
        top.put("nested", nested);
        top.put("list", List.of(2.0, Double.NEGATIVE_INFINITY));
        assertThat(Json.line(top))
                .isEqualTo("{\"nan\":null,\"one\":1.0,\"nested\":{\"inf\":null,\"per_class\":[0.5,null]},"
                        + "\"list\":[2.0,null]}");
    }

    @Test
    @DisplayName("a result record: components in snake_case, an unasked (null) figure left out, NaN written as null")
    void aRecord() {
        DistributionFigures f = new DistributionFigures(
                Double.NaN,
                new DistributionFigures.KernelDistanceSpread(0.25, 0.5, 100, 1000),
                new DistributionFigures.InceptionScoreSpread(9.5, 0.125, 10),
                null,
                null,
                null,
                0.75);
        assertThat(Json.line(f))
                .isEqualTo("{\"fid\":null,\"kid\":{\"mean\":0.25,\"std\":0.5,\"subsets\":100,\"subset_size\":1000},"
                        + "\"is\":{\"mean\":9.5,\"std\":0.125,\"splits\":10},\"coverage\":0.75}");
    }
}
