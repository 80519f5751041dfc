package io.gan4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.training.TrainingSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The toy benchmark")
class ToyBenchTest {

    private static ToyBench.Cell cell(String row, int seed, double modes, double hq, double kl, double w1) {
        return new ToyBench.Cell(
                "ring", row, seed, new TrainingSummary.ToyFigures((int) modes, 8, hq, kl, w1), 10.0 * seed);
    }

    @Test
    @DisplayName(
            "aggregates each row's seeds into mean, sample standard deviation and standard error; the table prints "
                    + "the standard error")
    void aggregates() {
        Map<String, ToyBenchTable.Row> a = ToyBenchTable.aggregate(List.of(
                cell("x", 1, 8, 0.9, 0.0, 0.1), cell("x", 2, 6, 0.7, 0.2, 0.3), cell("y", 1, 4, 0.5, 1.0, 1.0)));
        ToyBenchTable.Spread modes = a.get("ring/x").modesCaptured();
        assertThat(modes.mean()).isEqualTo(7.0);
        assertThat(modes.std()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(modes.se()).isCloseTo(1.0, within(1e-12)); // √2 / √2 seeds
        assertThat(a.get("ring/y").w1().std()).isZero();
        assertThat(a.get("ring/x").seeds()).isEqualTo(2);
        String md = ToyBenchTable.markdown(a);
        assertThat(md).contains("| ring | x | 7.0 ± 1.0 | 80.0 ± 10.0 | 0.100 ± 0.100 | 0.200 ± 0.100 | 15 ± 5 | 2 |");
        assertThat(md)
                .contains("| ring | PacGAN4 (published, PacGAN Table 1) | 7.8 ± 0.1 | 95.9 ± 1.4 | 0.07 ± 0.02 | — | "
                        + "— | 10 |")
                .contains("| ring | VEEGAN (published, VEEGAN Table 1) | 8.0 | 52.9 | — | — | — | 5 |")
                .contains("| ring | Unrolled GAN (published, VEEGAN Table 1) | 7.6 | 35.6 | — | — | — | 5 |")
                .contains("| ring | WGAN-GP (published, GDPP Table 1) | 6.8 | 59.6 | — | — | — | — |");
        assertThat(md).doesNotContain("| grid |");
    }

    @Test
    @DisplayName("gives every row the same discriminator updates: the generator takes updates / n_critic steps")
    void budget() {
        ToyBench bench = new ToyBench(List.of("grid"), ToyBenchRow.ALL, 1, 1000, null, 1);
        assertThat(bench.config(ToyBenchRow.byName("non-saturating"), "grid", 3)
                        .config()
                        .train()
                        .steps())
                .isEqualTo(1000);
        assertThat(bench.config(ToyBenchRow.byName("wgan-gp"), "grid", 3)
                        .config()
                        .train()
                        .steps())
                .isEqualTo(200);
        assertThat(bench.config(ToyBenchRow.byName("pacgan4"), "grid", 3)
                        .config()
                        .model()
                        .discriminator()
                        .packing())
                .isEqualTo(4);
        assertThat(bench.config(ToyBenchRow.byName("pacgan4"), "grid", 3)
                        .config()
                        .data()
                        .dataset())
                .isEqualTo("grid");
        assertThat(bench.config(ToyBenchRow.byName("pacgan4"), "grid", 3)
                        .config()
                        .seed())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("resumes: finished cells are kept, a cell cut off half-way is rerun to the same figures")
    void resumes(@TempDir Path out) throws IOException {
        ToyBench bench = new ToyBench(List.of("ring"), List.of(ToyBenchRow.byName("non-saturating")), 2, 20, 1, 1);
        List<ToyBench.Cell> first =
                bench.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path seed2 = out.resolve("cells/ring/non-saturating/seed-2");
        Files.delete(seed2.resolve("summary.json"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<ToyBench.Cell> second = bench.run(out, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(log.toString(StandardCharsets.UTF_8))
                .startsWith("[1/2] ring non-saturating seed 1: done before\n")
                .contains("[2/2] ring non-saturating seed 2: ")
                .doesNotContain("seed 2: done before");
        assertThat(second.get(1).figures().w1())
                .isEqualTo(first.get(1).figures().w1());
        assertThat(second.get(1).figures().hqFraction())
                .isEqualTo(first.get(1).figures().hqFraction());
    }

    @Test
    @DisplayName("trains cells two at a time to exactly the figures it gets one at a time (same threads per cell)")
    void parallelJobsAreExact(@TempDir Path out) {
        List<ToyBenchRow> rows = List.of(ToyBenchRow.byName("wgan-gp"), ToyBenchRow.byName("non-saturating"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<ToyBench.Cell> one = new ToyBench(List.of("ring"), rows, 2, 40, 1, 1).run(out.resolve("one"), quiet);
        List<ToyBench.Cell> two = new ToyBench(List.of("ring"), rows, 2, 40, 1, 2).run(out.resolve("two"), quiet);
        assertThat(two).hasSize(4);
        for (int i = 0; i < 4; i++) {
            for (String key : List.of("modes_captured", "hq_fraction", "reverse_kl", "w1")) {
                assertThat(Double.valueOf(two.get(i).number(key)))
                        .as(two.get(i).row() + " seed " + two.get(i).seed() + " " + key)
                        .isEqualTo(Double.valueOf(one.get(i).number(key))); // NaN (not logged) equals NaN
            }
        }
    }
}
