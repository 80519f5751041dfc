package io.gan4j.training;

import io.gan4j.step.GradientSynchroniser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;

/**
 * One player's update from the terms of its loss: the backward pass of their sum, the gradients
 * synchronised with the other workers, the divergence guard, the optimiser's step, and the log.
 */
final class PlayerUpdate {

    private final String player;
    private final Module net;
    private final Optimizer optimiser;
    private final GradientSynchroniser synchroniser;

    /** @param player {@link NonFinite#DISCRIMINATOR} or {@link NonFinite#GENERATOR} */
    PlayerUpdate(String player, Module net, Optimizer optimiser, GradientSynchroniser synchroniser) {
        this.player = player;
        this.net = net;
        this.optimiser = optimiser;
        this.synchroniser = synchroniser;
    }

    /**
     * Evaluates {@code terms} in order, backpropagates their sum, and steps unless the sum or a
     * gradient is not finite; logs each term by name, then the {@code figures} the terms left,
     * then the gradient norm ({@code d_grad_norm}, {@code g_grad_norm}).
     *
     * @param log where to record them, or {@code null}
     * @return {@code null}, or what was not finite; then the gradients are cleared and the update skipped
     */
    <T> NonFinite apply(
            List<T> terms,
            Function<T, String> name,
            Function<T, Tensor> value,
            Map<String, Tensor> figures,
            StepLog log) {
        Map<String, Tensor> values = new LinkedHashMap<>();
        terms.forEach(t -> values.put(name.apply(t), value.apply(t)));
        Tensor total = values.values().stream().reduce(Tensor::add).orElseThrow();
        optimiser.zero_grad();
        total.backward();
        NonFinite nonFinite = settle(total, values);
        if (log != null) {
            values.forEach((n, v) -> log.put(n, v.item_double()));
            figures.forEach((n, v) -> log.put(n, v.item_double()));
            log.put(player.charAt(0) + "_grad_norm", Gradients.norm(net));
        }
        if (nonFinite != null) {
            optimiser.zero_grad();
            return nonFinite;
        }
        optimiser.step();
        return null;
    }

    /**
     * After the backward pass: synchronises the gradients with the other workers, then checks that
     * the loss {@code total} and every gradient are finite.
     *
     * @return {@code null} when all is finite, else the first non-finite term
     */
    private NonFinite settle(Tensor total, Map<String, Tensor> terms) {
        boolean lossFinite = Double.isFinite(total.item_double());
        synchroniser.synchronise(net, lossFinite);
        double gradientSum = Gradients.sum(net);
        return lossFinite && Double.isFinite(gradientSum) ? null : NonFinite.of(player, terms, gradientSum);
    }
}
