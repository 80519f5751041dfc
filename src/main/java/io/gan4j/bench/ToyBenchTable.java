package io.gan4j.bench;

import io.gan4j.reports.HtmlReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The toy benchmark's table: per dataset and row, mean ± standard error over seeds of modes
 * captured, high-quality samples (%), reverse KL, W1 and seconds per run; and, marked as published,
 * the rows of the PacGAN paper's Table 1 (Lin et al. 2018; their ± is the standard error over 10
 * trials, as ours is; {@code summary.json} keeps the standard deviation too), the VEEGAN paper's Table 1 rows
 * for Unrolled GAN and VEEGAN
 * (Srivastava et al. 2017; means of 5 runs, no ±, no reverse KL) and the GDPP paper's WGAN-GP row
 * (Elfeki et al. 2019; no ±). Every published number was read from the table images in the
 * authors' repositories; docs/published-figures.md gives each source and commit.
 */
public final class ToyBenchTable {

    /**
     * A published row: modes, HQ %, reverse KL, each as mean and ± as printed (NaN where the paper
     * gives none), per dataset.
     *
     * @param trials the runs the paper averaged
     */
    record Published(String method, String source, int trials, Map<String, double[]> byDataset) {}

    private static final double NONE = Double.NaN;

    /** PacGAN Table 1 (fjxmlzn/PacGAN), VEEGAN Table 1 (akashgit/VEEGAN), GDPP Table 1 (M-Elfeki/GDPP). */
    static final List<Published> PUBLISHED = List.of(
            published("GAN", "PacGAN Table 1", 10, 6.3, .5, 98.2, .2, .45, .09, 17.3, .8, 94.8, .7, .70, .07),
            published("ALI", "PacGAN Table 1", 10, 6.6, .3, 97.6, .4, .36, .04, 24.1, .4, 95.7, .6, .14, .03),
            published("PacGAN2", "PacGAN Table 1", 10, 7.9, .1, 95.6, 2.0, .07, .03, 23.8, .7, 91.3, .8, .13, .04),
            published("PacGAN3", "PacGAN Table 1", 10, 7.8, .1, 97.7, .3, .10, .02, 24.6, .4, 94.2, .4, .06, .02),
            published("PacGAN4", "PacGAN Table 1", 10, 7.8, .1, 95.9, 1.4, .07, .02, 24.8, .2, 93.6, .6, .04, .01),
            published(
                    "Unrolled GAN",
                    "VEEGAN Table 1",
                    5,
                    7.6,
                    NONE,
                    35.6,
                    NONE,
                    NONE,
                    NONE,
                    23.6,
                    NONE,
                    16,
                    NONE,
                    NONE,
                    NONE),
            published("VEEGAN", "VEEGAN Table 1", 5, 8, NONE, 52.9, NONE, NONE, NONE, 24.6, NONE, 40, NONE, NONE, NONE),
            published(
                    "WGAN-GP",
                    "GDPP Table 1",
                    0,
                    6.8,
                    NONE,
                    59.6,
                    NONE,
                    NONE,
                    NONE,
                    24.2,
                    NONE,
                    28.7,
                    NONE,
                    NONE,
                    NONE));

    static final List<String> HEADER =
            List.of("dataset", "method", "modes", "HQ %", "reverse KL", "W1", "s per run", "seeds");

    private ToyBenchTable() {}

    private static Published published(String method, String source, int trials, double... v) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("ring", new double[] {v[0], v[1], v[2], v[3], v[4], v[5]});
        m.put("grid", new double[] {v[6], v[7], v[8], v[9], v[10], v[11]});
        return new Published(method, source, trials, m);
    }

    /**
     * A figure over a row's seeds.
     *
     * @param mean the mean
     * @param std the sample standard deviation (n − 1; 0 for one seed)
     * @param se the standard error of the mean, std / √seeds
     */
    public record Spread(double mean, double std, double se) {

        static Spread of(double[] xs) {
            double std = ToyBenchTable.std(xs);
            return new Spread(ToyBenchTable.mean(xs), std, std / Math.sqrt(xs.length));
        }
    }

    /**
     * One row of the table: a dataset and bench row over its seeds, as {@code summary.json} has it.
     *
     * @param modesTotal the dataset's modes
     * @param hqFraction the fraction of high-quality samples (the table shows it in %)
     * @param wallSeconds seconds per run
     */
    public record Row(
            String dataset,
            String row,
            int seeds,
            double modesTotal,
            Spread modesCaptured,
            Spread hqFraction,
            Spread reverseKl,
            Spread w1,
            Spread wallSeconds) {}

    /** Per {@code dataset/row} (in run order): each figure's {@link Spread} over the seeds, and the seed count. */
    public static Map<String, Row> aggregate(List<ToyBench.Cell> cells) {
        Map<String, List<ToyBench.Cell>> groups = new LinkedHashMap<>();
        for (ToyBench.Cell c : cells) {
            groups.computeIfAbsent(c.dataset() + "/" + c.row(), k -> new ArrayList<>())
                    .add(c);
        }
        Map<String, Row> out = new LinkedHashMap<>();
        groups.forEach((key, group) -> {
            Function<String, Spread> spread = figure ->
                    Spread.of(group.stream().mapToDouble(c -> c.number(figure)).toArray());
            ToyBench.Cell first = group.get(0);
            out.put(
                    key,
                    new Row(
                            first.dataset(),
                            first.row(),
                            group.size(),
                            first.number("modes_total"),
                            spread.apply("modes_captured"),
                            spread.apply("hq_fraction"),
                            spread.apply("reverse_kl"),
                            spread.apply("w1"),
                            spread.apply("wall_seconds")));
        });
        return out;
    }

    /** The rows of the table: ours, then the published ones for the same datasets. */
    static List<List<String>> rows(Map<String, Row> aggregate) {
        List<List<String>> rows = new ArrayList<>();
        List<String> datasets = new ArrayList<>();
        for (Row r : aggregate.values()) {
            if (!datasets.contains(r.dataset())) {
                datasets.add(r.dataset());
            }
            rows.add(List.of(
                    r.dataset(),
                    r.row(),
                    pm(r.modesCaptured(), 1, 1),
                    pm(r.hqFraction(), 100, 1),
                    pm(r.reverseKl(), 1, 3),
                    pm(r.w1(), 1, 3),
                    pm(r.wallSeconds(), 1, 0),
                    String.valueOf(r.seeds())));
        }
        for (String dataset : datasets) {
            for (Published p : PUBLISHED) {
                double[] v = p.byDataset().get(dataset);
                if (v != null) {
                    rows.add(List.of(
                            dataset,
                            p.method() + " (published, " + p.source() + ")",
                            fmt(v[0], v[1], 1),
                            fmt(v[2], v[3], 1),
                            fmt(v[4], v[5], 2),
                            "—",
                            "—",
                            p.trials() == 0 ? "—" : String.valueOf(p.trials())));
                }
            }
        }
        return rows;
    }

    /** A Markdown table. */
    public static String markdown(Map<String, Row> aggregate) {
        StringBuilder sb =
                new StringBuilder("| ").append(String.join(" | ", HEADER)).append(" |\n|");
        HEADER.forEach(h -> sb.append("---|"));
        sb.append('\n');
        for (List<String> row : rows(aggregate)) {
            sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return sb.toString();
    }

    /** A self-contained HTML page with the table and how it was made. */
    public static String html(Map<String, Row> aggregate, String protocol) {
        return HtmlReport.builder()
                .title("gan4j bench toy")
                .paragraph(protocol)
                .table(
                        "mean ± standard error over seeds, as the published rows where the paper gives one",
                        HEADER,
                        rows(aggregate))
                .build()
                .html();
    }

    private static String pm(Spread s, double scale, int digits) {
        return fmt(scale * s.mean(), scale * s.se(), digits);
    }

    /** "mean ± spread"; just the mean when the spread is NaN (not published); "—" when the mean is NaN. */
    private static String fmt(double mean, double spread, int digits) {
        if (Double.isNaN(mean)) {
            return "—";
        }
        if (Double.isNaN(spread)) {
            return String.format(Locale.ROOT, "%." + digits + "f", mean);
        }
        return String.format(Locale.ROOT, "%." + digits + "f ± %." + digits + "f", mean, spread);
    }

    static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    /** Sample standard deviation (n − 1); 0 for a single value. */
    static double std(double[] xs) {
        if (xs.length < 2) {
            return 0;
        }
        double m = mean(xs);
        double s = 0;
        for (double x : xs) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (xs.length - 1));
    }
}
