package io.gan4j.training;

import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/** Gradient diagnostics. */
public final class Gradients {

    private Gradients() {
    }

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
}
