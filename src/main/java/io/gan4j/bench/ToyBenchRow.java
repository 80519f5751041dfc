package io.gan4j.bench;

import java.util.List;

/**
 * One row of the toy benchmark: a shipped ring preset, with overrides (packing), trained on each
 * dataset. The dataset, seed and budget are set per cell by {@link ToyBench}.
 *
 * @param name the row's name on the command line ({@code --objectives}) and in the table
 * @param preset the ring preset it starts from
 * @param overrides extra {@code key=value} overrides (e.g. packing)
 */
public record ToyBenchRow(String name, String preset, List<String> overrides) {

    /** Objectives × regularisers, then PacGAN packing m = 2 and 4 on the non-saturating GAN. */
    public static final List<ToyBenchRow> ALL = List.of(
            new ToyBenchRow("minimax", "gan-minimax-ring", List.of()),
            new ToyBenchRow("non-saturating", "gan-ns-ring", List.of()),
            new ToyBenchRow("combined-kl", "gan-kl-ring", List.of()),
            new ToyBenchRow("wgan-clip", "wgan-clip-ring", List.of()),
            new ToyBenchRow("wgan-gp", "wgan-gp-ring", List.of()),
            new ToyBenchRow("wgan-gp-one-sided", "wgan-gp1-ring", List.of()),
            new ToyBenchRow("sngan-hinge", "sngan-hinge-ring", List.of()),
            new ToyBenchRow("lsgan", "lsgan-ring", List.of()),
            new ToyBenchRow("pacgan2", "gan-ns-ring", List.of("model.discriminator.packing=2")),
            new ToyBenchRow("pacgan4", "gan-ns-ring", List.of("model.discriminator.packing=4")));

    /** The row called {@code name}. */
    public static ToyBenchRow byName(String name) {
        return ALL.stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown objective '" + name + "'; known: "
                        + String.join(", ", ALL.stream().map(ToyBenchRow::name).toList())));
    }
}
