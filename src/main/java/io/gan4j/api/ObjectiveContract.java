package io.gan4j.api;

import io.gan4j.objectives.Objective;
import io.gan4j.torch.Torch;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;

/**
 * What every objective must do, gan4j's own and a user's alike ({@code ObjectivesTest} runs it over every registered
 * one; a user's test can run it over theirs): a config name of lower-case words joined by '-'; finite scalar losses
 * with finite gradients; D's loss lower when real data is scored higher than generated data, and G's lower when its
 * samples are scored higher than a clear fake's, −1 (both "lower" for an objective whose scores are energies).
 */
public final class ObjectiveContract {

    private ObjectiveContract() {}

    /**
     * The ways {@code objective} breaks the contract, each a sentence naming it; empty when it keeps it.
     *
     * @param objective the objective to check (its losses are called on small tensors)
     * @return the violations, in the order above
     */
    public static List<String> violations(Objective objective) {
        try (OwnThread thread = new OwnThread("gan4j-objective-contract")) {
            return thread.call(() -> {
                Torch.init();
                try (PointerScope scope = new PointerScope()) {
                    return check(objective);
                }
            });
        }
    }

    private static List<String> check(Objective o) {
        List<String> bad = new ArrayList<>();
        String name = o.name();
        if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            bad.add("its name must be lower-case words joined by '-', found '" + name + "'");
        }
        boolean energies = o.scoresAreEnergies();
        Tensor high = vector(2, 1.5f, 2.5f);
        Tensor low = vector(-2, -1.5f, -2.5f);
        double right = value(energies ? o.discriminatorLoss(low, high) : o.discriminatorLoss(high, low), bad, "D");
        double wrong = value(energies ? o.discriminatorLoss(high, low) : o.discriminatorLoss(low, high), bad, "D");
        if (!(right < wrong)) {
            bad.add("D's loss must be lower when real data is scored " + (energies ? "lower" : "higher")
                    + " than generated data; found " + right + " against " + wrong);
        }
        // from scores D gives a clear fake (-1) towards real: LSGAN's -1-1-0 coding, whose G aims at 0, is not
        // monotone beyond it, so the contract asks for the fake side only
        double better = value(o.generatorLoss(energies ? vector(0.5f, 0.4f) : vector(-0.5f, -0.4f)), bad, "G");
        double worse = value(o.generatorLoss(energies ? vector(1.0f, 0.9f) : vector(-1.0f, -0.9f)), bad, "G");
        if (!(better < worse)) {
            bad.add("G's loss must be lower when its samples are scored " + (energies ? "lower" : "higher")
                    + " than a clear fake's; found " + better + " against " + worse);
        }
        Tensor real = vector(0.3f, -1.2f).set_requires_grad(true);
        Tensor fake = vector(-0.7f, 0.9f).set_requires_grad(true);
        Tensor d = o.discriminatorLoss(real, fake);
        if (d.numel() == 1) { // a loss that is no scalar is named above and has no gradient to check
            d.backward();
            if (!finite(real.grad()) || !finite(fake.grad())) {
                bad.add("D's loss must have finite gradients with respect to the scores");
            }
        }
        Tensor generated = vector(-0.7f, 0.9f).set_requires_grad(true);
        Tensor g = o.generatorLoss(generated);
        if (g.numel() == 1) {
            g.backward();
            if (!finite(generated.grad())) {
                bad.add("G's loss must have finite gradients with respect to the scores");
            }
        }
        return bad;
    }

    private static double value(Tensor loss, List<String> bad, String player) {
        if (loss.numel() != 1) {
            bad.add(player + "'s loss must be a scalar, found " + loss.numel() + " elements");
            return Double.NaN;
        }
        double v = loss.item_double();
        if (!Double.isFinite(v)) {
            bad.add(player + "'s loss must be finite, found " + v);
        }
        return v;
    }

    private static boolean finite(Tensor grad) {
        return grad.defined() && grad.isfinite().all().item_bool();
    }

    private static Tensor vector(float... values) {
        return Tensor.create(values, values.length);
    }
}
