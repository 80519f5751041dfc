package io.gan4j.training;

import java.util.Map;
import org.bytedeco.pytorch.Tensor;

/**
 * A player's step whose loss or gradients came out NaN or ±∞, and which of its terms did first:
 * what the divergence guard reports. The step's update is skipped, so the weights stay as they were.
 *
 * @param player {@code "discriminator"} or {@code "generator"}
 * @param term the log name of the first non-finite term ({@code d_loss}, {@code d_penalty}, …), or
 *     {@code "gradients"} when every term was finite and a gradient was not, or {@code "weights"}
 *     when the network's parameter or buffer {@code tensor} is not (found before a checkpoint)
 * @param value the term's value (NaN, ±∞); for {@code gradients} the sum of all gradient entries
 * @param tensor for {@code weights}, the name of the first non-finite parameter or buffer; else {@code null}
 */
public record NonFinite(String player, String term, double value, String tensor) {

    public static final String DISCRIMINATOR = "discriminator";
    public static final String GENERATOR = "generator";

    /** A non-finite loss term or gradient (no tensor named). */
    public NonFinite(String player, String term, double value) {
        this(player, term, value, null);
    }

    /**
     * The first of {@code terms} (by log name, in order; {@code null} values skipped) that is not
     * finite, or the gradients when all are.
     */
    static NonFinite of(String player, Map<String, Tensor> terms, double gradientSum) {
        for (Map.Entry<String, Tensor> e : terms.entrySet()) {
            if (e.getValue() != null) {
                double v = e.getValue().item_double();
                if (!Double.isFinite(v)) {
                    return new NonFinite(player, e.getKey(), v);
                }
            }
        }
        return new NonFinite(player, "gradients", gradientSum);
    }

    /** The network's tensor {@code name} holds NaN or ±∞. */
    static NonFinite weights(String player, String name) {
        return new NonFinite(player, "weights", Double.NaN, name);
    }

    /** For instance "the discriminator's d_loss is NaN". */
    public String describe() {
        return "the " + player + "'s "
                + switch (term) {
                    case "gradients" -> "gradients sum to " + value;
                    case "weights" -> "tensor '" + tensor + "' holds NaN or ±∞";
                    default -> term + " is " + value;
                };
    }
}
