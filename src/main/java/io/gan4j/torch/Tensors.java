package io.gan4j.torch;

import java.nio.FloatBuffer;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;

/** Conversions between Java arrays and tensors, and the small idioms the presets make verbose. */
public final class Tensors {

    private Tensors() {}

    /** {@code parts} concatenated along {@code dim} (a new tensor, even for one part). */
    public static Tensor cat(java.util.List<Tensor> parts, long dim) {
        return torch.cat(
                new org.bytedeco.pytorch.TensorArrayRef(
                        new org.bytedeco.pytorch.TensorVector(parts.toArray(new Tensor[0]))),
                dim);
    }

    /** A libtorch scalar; allocate inside the step's {@code PointerScope}. */
    public static Scalar scalar(double value) {
        return new Scalar(value);
    }

    /** A float32 tensor of shape (rows, cols) copied from row-major {@code data}. */
    public static Tensor matrix(float[] data, long rows, long cols) {
        if (data.length != rows * cols) {
            throw new IllegalArgumentException(
                    "expected " + rows + "×" + cols + " = " + rows * cols + " values, found " + data.length);
        }
        return Tensor.create(data, rows, cols);
    }

    /** A float32 tensor of shape (n, d) from {@code rows[n][d]}. */
    public static Tensor matrix(double[][] rows) {
        int n = rows.length;
        int d = n == 0 ? 0 : rows[0].length;
        float[] flat = new float[n * d];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                flat[i * d + j] = (float) rows[i][j];
            }
        }
        return Tensor.create(flat, n, d);
    }

    /** The values of a float32 tensor of any shape, row-major. */
    public static float[] toFloats(Tensor t) {
        Tensor c = t.detach().contiguous().toType(torch.ScalarType.Float);
        FloatBuffer buffer = c.createBuffer();
        float[] out = new float[(int) c.numel()];
        buffer.get(out);
        return out;
    }

    /** A 2-D float tensor as {@code double[rows][cols]}. */
    public static double[][] toRows(Tensor t) {
        if (t.dim() != 2) {
            throw new IllegalArgumentException(
                    "expected a 2-D tensor, found shape " + java.util.Arrays.toString(t.shape()));
        }
        int n = (int) t.size(0);
        int d = (int) t.size(1);
        float[] flat = toFloats(t);
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = flat[i * d + j];
            }
        }
        return rows;
    }

    /** The Euclidean norm of each row of a 2-D tensor: shape (n, d) → (n). */
    public static Tensor rowNorms(Tensor t) {
        return t.norm(new ScalarOptional(scalar(2.0)), new long[] {1}, false);
    }
}
