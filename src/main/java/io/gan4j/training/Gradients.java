package io.gan4j.training;

import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/** Gradient diagnostics. */
public final class Gradients {

    private Gradients() {}

    /** ‖∇θ‖₂ over all of {@code module}'s parameters that have a gradient (0 if none has). */
    public static double norm(Module module) {
        TensorVector ps = module.parameters();
        double sumSquares = 0;
        for (long i = 0; i < ps.size(); i++) {
            Tensor g = ps.get(i).grad();
            if (g.defined()) {
                double n = g.norm().item_double();
                sumSquares += n * n;
            }
        }
        return Math.sqrt(sumSquares);
    }

    /**
     * The sum of every gradient entry of {@code module}: finite exactly when all of them are (short of
     * overflowing float32's 3.4·10³⁸, which a sane gradient does not reach); 0 if none has a gradient.
     */
    public static double sum(Module module) {
        TensorVector ps = module.parameters();
        Tensor total = null;
        for (long i = 0; i < ps.size(); i++) {
            Tensor g = ps.get(i).grad();
            if (g.defined()) {
                total = total == null ? g.sum() : total.add(g.sum());
            }
        }
        return total == null ? 0 : total.item_double();
    }
}
