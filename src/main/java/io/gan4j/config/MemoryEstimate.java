package io.gan4j.config;

import io.gan4j.networks.DcganLayout;
import io.gan4j.networks.ImageShape;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a run's networks and one training step take in memory, estimated from the configuration
 * alone (no natives, nothing allocated), so that a run that cannot fit is refused by the config
 * check instead of being killed by the kernel's OOM killer halfway through building its networks.
 *
 * <p>The model, in float32 bytes:
 * <ul>
 *   <li>parameters P of each network, counted layer by layer from the architecture (the dense and
 *       convolution weights, which dominate; biases and norms are ignored), each held 4 times —
 *       the weights, their gradient and Adam's two moments — and once more for an EMA;</li>
 *   <li>activations A per sample of each network (every layer's output, three times: the layer,
 *       its norm and its nonlinearity, which autograd keeps for the backward pass), plus the
 *       N×N attention map (N = side²) of a self-attention block, twice; a step holds
 *       batch · (A_G + 2·A_D) (D scores a real and a generated batch), twice with a gradient
 *       penalty (its double backward).</li>
 * </ul>
 * The parameter counts agree with the built networks' within 25 % for every preset (tested); the
 * activations are an upper-side estimate. The check refuses a run whose estimate exceeds 90 % of
 * the machine's physical memory (the container's limit where there is one).
 *
 * @param generatorParameters P of G
 * @param discriminatorParameters P of D
 * @param stepBytes the activations of one training step
 * @param totalBytes everything: parameters with their gradients and optimiser state, and a step's activations
 */
public record MemoryEstimate(long generatorParameters, long discriminatorParameters, long stepBytes, long totalBytes) {

    private static final double FLOAT = 4;

    /** The estimate for {@code config}, whose networks are resolved ({@link RunConfig#withResolvedModel()}). */
    public static MemoryEstimate of(RunConfig config) {
        ModelConfig m = config.model();
        ImageShape image = config.data().imageShapeOrNull();
        InfoganConfig info = config.infogan();
        long codes = info == null
                ? 0
                : info.continuous()
                        + info.categorical().stream()
                                .mapToLong(Integer::longValue)
                                .sum();
        long input = m.latentDim() + m.classes() + codes;
        double[] g = generator(m.generator(), input, image);
        double[] d = discriminator(m.discriminator(), m.classes(), image);
        double batch = config.data().batchSize();
        double step = batch
                * (g[1] + 2 * d[1])
                * FLOAT
                * (config.regularisers().get(GradientPenaltyConfig.class) == null ? 1 : 2);
        double copies = 4 + (config.train().hasEma() ? 1 : 0);
        double total = (g[0] * copies + d[0] * 4) * FLOAT + step;
        return new MemoryEstimate(clamp(g[0]), clamp(d[0]), clamp(step), clamp(total));
    }

    private static long clamp(double v) {
        return v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) v;
    }

    /** {parameters, activations per sample} of the generator. */
    private static double[] generator(GeneratorConfig c, long input, ImageShape image) {
        double out = image == null ? 2 : image.numel();
        DcganLayout layout =
                image == null ? null : Architectures.generator(c.architecture()).estimatedLayout(image);
        return layout == null
                ? mlp(input, c.width(), c.depth(), out)
                : upsampling(c.width(), layout, input, c.dense(), image, c.attention());
    }

    /** {parameters, activations per sample} of the discriminator. */
    private static double[] discriminator(DiscriminatorConfig c, double classes, ImageShape image) {
        double in = (image == null ? 2 : image.numel()) * c.packing();
        DcganLayout layout = layout(c, image);
        double[] body;
        if (c.autoEncoder()) {
            body = layout == null
                    ? twice(mlp(in, c.width(), c.depth(), c.width()))
                    : twice(upsampling(c.width(), layout, c.codeSize() == 0 ? c.width() : c.codeSize(), 0, image, 0));
        } else {
            body = layout == null
                    ? mlp(in, c.width(), c.depth(), 1)
                    : upsampling(c.width(), layout, 1, c.dense(), image, c.attention());
        }
        body[0] += classes * features(c, image); // the projection discriminator's class embedding
        return body;
    }

    /** The discriminator's last features, which its class embedding matches. */
    private static double features(DiscriminatorConfig c, ImageShape image) {
        DcganLayout layout = layout(c, image);
        return layout == null
                ? c.width()
                : c.width() * Math.pow(2, layout.stages() - 1) * layout.base() * layout.base();
    }

    /** The chain of feature maps the discriminator is estimated with, or {@code null} when fully connected. */
    private static DcganLayout layout(DiscriminatorConfig c, ImageShape image) {
        return image == null
                ? null
                : Architectures.discriminator(c.architecture()).estimatedLayout(image);
    }

    private static double[] twice(double[] pa) {
        return new double[] {2 * pa[0], 2 * pa[1]};
    }

    private static double[] mlp(double in, double width, int depth, double out) {
        double parameters = in * width + (depth - 1) * width * width + width * out;
        return new double[] {parameters, 3 * depth * width + out};
    }

    /**
     * A DCGAN-shaped chain between {@code ends} values and an image: a dense layer to (or from) the base
     * feature maps, then one 4×4 convolution per stage doubling the side and halving the channels
     * (width·2^(stages−1−i) at stage i); a discriminator is the same chain read backwards.
     */
    private static double[] upsampling(
            double width, DcganLayout layout, double ends, int dense, ImageShape image, int attentionSide) {
        int n = layout.stages();
        double base = layout.base();
        double c0 = width * Math.pow(2, n - 1);
        double parameters = (dense == 0 ? ends * c0 * base * base : ends * dense + dense * c0 * base * base);
        double activations = 3 * (c0 * base * base + dense);
        for (int i = 0; i < n; i++) {
            double in = width * Math.pow(2, n - 1 - i);
            double out = i == n - 1 ? image.channels() : in / 2;
            double side = base * Math.pow(2, i + 1);
            parameters += in * out * 16;
            activations += 3 * out * side * side;
            if (side / 2 == attentionSide) {
                double tokens = (side / 2) * (side / 2);
                activations += 2 * tokens * tokens;
                parameters += 1.25 * in * in; // query and key to in/8 channels, value to in
            }
        }
        return new double[] {parameters, activations};
    }

    /**
     * This machine's physical memory (the container's limit where there is one), in bytes. On Linux
     * it is read from {@code /proc/meminfo} and the cgroup's limit (v2, then v1): the JVM's
     * {@code OperatingSystemMXBean}, which gives the same figure, takes 39 ms to start here, on every
     * config check of a training start; it remains the answer elsewhere.
     */
    static long machineMemory() {
        long total = firstNumber(Path.of("/proc/meminfo"), "MemTotal:") * 1024;
        if (total <= 0) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize();
        }
        for (String limit : new String[] {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
            long l = firstNumber(Path.of(limit), "");
            if (l > 0) {
                total = Math.min(total, l);
            }
        }
        return total;
    }

    /**
     * The first whole number on the line of {@code file} that starts with {@code prefix}, or −1 (no file,
     * {@code max}, …).
     */
    private static long firstNumber(Path file, String prefix) {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .map(l -> l.substring(prefix.length()).trim().split("\\s+")[0])
                    .filter(v -> v.matches("\\d{1,18}"))
                    .map(Long::parseLong)
                    .orElse(-1L);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** Adds a violation if the estimate exceeds 90 % of {@code available} bytes, naming the keys that size it. */
    void check(Violations v, RunConfig config, long available) {
        if (totalBytes <= 0.9 * available) {
            return;
        }
        ModelConfig m = config.model();
        v.add(
                "model",
                String.format(
                        Locale.ROOT,
                        "this run needs an estimated %s and this machine has %s: G has %.3g parameters "
                                + "and D %.3g (each held with its gradient and Adam's two moments), and one step's "
                                + "activations take %s, from "
                                + "model.generator.width %d, model.discriminator.width %d, model.latent_dim %d, "
                                + "data.batch_size %d%s; make them "
                                + "smaller",
                        size(totalBytes),
                        size(available),
                        (double) generatorParameters,
                        (double) discriminatorParameters,
                        size(stepBytes),
                        m.generator().width(),
                        m.discriminator().width(),
                        m.latentDim(),
                        config.data().batchSize(),
                        config.data().hasImages()
                                ? ", data.image_size "
                                        + config.data().imageShape().height()
                                : ""));
    }

    /** Bytes as GB (or TB), for messages. */
    static String size(long bytes) {
        return bytes >= 1e12
                ? String.format(Locale.ROOT, "%.1f TB", bytes / 1e12)
                : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
