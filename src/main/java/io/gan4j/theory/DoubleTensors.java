package io.gan4j.theory;

import java.nio.DoubleBuffer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;

/**
 * The float64 idioms the theory experiments share: their figures are compared with closed forms
 * at tolerances where float32 rounding would show, so their tensors and networks are double.
 */
final class DoubleTensors {

    private DoubleTensors() {}

    /** Options for a float64 tensor; allocate inside a {@code PointerScope}. */
    static TensorOptions options() {
        return new TensorOptions(torch.ScalarType.Double);
    }

    /** A float64 tensor of shape (n) copied from {@code values}. */
    static Tensor vector(double[] values) {
        return Tensor.create(values, values.length);
    }

    /** A float64 tensor of shape (n, 1) copied from {@code values}. */
    static Tensor column(double[] values) {
        return Tensor.create(values, values.length, 1);
    }

    /** A float64 tensor of shape (n, 2) whose rows are (a[i], b[i]). */
    static Tensor pairs(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "need as many first as second coordinates, found " + a.length + " and " + b.length);
        }
        double[] flat = new double[2 * a.length];
        for (int i = 0; i < a.length; i++) {
            flat[2 * i] = a[i];
            flat[2 * i + 1] = b[i];
        }
        return Tensor.create(flat, a.length, 2);
    }

    /** The values of a tensor of any shape, row-major, as doubles. */
    static double[] values(Tensor t) {
        Tensor c = t.detach().contiguous().toType(torch.ScalarType.Double);
        DoubleBuffer buffer = c.createBuffer();
        double[] out = new double[(int) c.numel()];
        buffer.get(out);
        return out;
    }

    /** Cosine decay from {@code lr} at step 0 to {@code lr · floor} at the last of {@code steps} steps. */
    static double cosine(double lr, double floor, int step, int steps) {
        double t = steps <= 1 ? 1 : (double) step / (steps - 1);
        return lr * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * t)));
    }
}
