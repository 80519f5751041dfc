package io.gan4j.evaluation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** The metrics {@code gan4j evaluate --metrics} can name. */
public enum Metric {
    /** Fréchet distance of the features' Gaussians. */
    FID("fid"),
    /** Kernel distance: unbiased MMD² with the cubic kernel, over subsets. */
    KID("kid"),
    /** Inception Score of the compared set, over 10 splits. */
    IS("is"),
    /** Improved precision and recall, k = 3. */
    PR("pr"),
    /** Density and coverage, k = 5. */
    DC("dc"),
    /** Stacked-MNIST modes covered and KL to uniform (3-channel 28×28 images). */
    MODES("modes"),
    /** The share of class-conditioned samples the dataset's classifier labels as their class. */
    CLASS_AGREEMENT("class-agreement");

    private final String configName;

    Metric(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Metric::configName).collect(Collectors.toList());
    }

    /** The metrics a comma-separated list names; unknown names are an error listing the known ones. */
    public static EnumSet<Metric> parse(String list) {
        EnumSet<Metric> out = EnumSet.noneOf(Metric.class);
        for (String part : list.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            Metric m = Arrays.stream(values())
                    .filter(v -> v.configName.equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown metric '" + name + "'; known: " + String.join(", ", names())));
            out.add(m);
        }
        return out;
    }

    /**
     * Those of {@code metrics} that compare feature distributions: all but {@link #MODES}, which
     * counts modes, and {@link #CLASS_AGREEMENT}, which labels samples.
     */
    public static EnumSet<Metric> distributional(EnumSet<Metric> metrics) {
        EnumSet<Metric> out = EnumSet.copyOf(metrics);
        out.remove(MODES);
        out.remove(CLASS_AGREEMENT);
        return out;
    }
}
