package io.gan4j.torch;

import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.mkldnn_convolution;
import static org.bytedeco.pytorch.global.torch.randn;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * A float convolution's forward pass on oneDNN, shape by shape, where {@link OneDnnCheck} turned
 * oneDNN off for the process: the first convolution of each shape (input, weight, stride, padding)
 * is computed both by oneDNN and by libtorch's reference kernel on random data, and oneDNN computes
 * that shape from then on only if the two agree within {@link OneDnnCheck#TOLERANCE}. The
 * gradients stay on the reference kernels (autograd's {@code convolution_backward} follows the
 * global setting), as does every shape that disagreed.
 *
 * <p>Why: with oneDNN off, libtorch's reference forward ({@code slow_conv2d}) of the MNIST
 * classifier's 32→32 convolution on 100 images of 28×28 takes 173 ms against oneDNN's 46 ms, and
 * SNGAN's 64→3 {@code to_image} on 64 images of 32×32 328 ms against 28; the forward of the
 * 17→32 convolution, though, is 31 % wrong on oneDNN here, so a shape is trusted only once it has
 * been checked. Over 20 random draws of each of 12 other shapes, oneDNN's forward agreed with the
 * reference to 1e-6 every time (measured here at 2 threads).
 */
public final class CheckedConvolution {

    private static final Map<String, Boolean> AGREES = new ConcurrentHashMap<>();

    private CheckedConvolution() {}

    /**
     * {@code conv2d(x, w, bias, stride, padding)} with dilation 1 and one group, on oneDNN where
     * its forward was checked for this shape, on libtorch's choice of kernel otherwise.
     */
    public static Tensor conv2d(Tensor x, Tensor w, Tensor bias, long[] stride, long[] padding) {
        long[] one = {1, 1};
        TensorOptional b = new TensorOptional(bias);
        if (oneDnnAgrees(x, w, stride, padding)) {
            return mkldnn_convolution(x, w, b, padding, stride, one, 1);
        }
        return org.bytedeco.pytorch.global.torch.conv2d(x, w, b, stride, padding, one, 1);
    }

    /** The shapes checked so far in this JVM and whether oneDNN agreed on each. */
    static Map<String, Boolean> checked() {
        return Map.copyOf(AGREES);
    }

    // JavaCPP hands out a fresh enum object per call: compare ScalarType by value, not identity
    private static boolean oneDnnAgrees(Tensor x, Tensor w, long[] stride, long[] padding) {
        OneDnnCheck.Verdict v = OneDnnCheck.verdict();
        if (v == null
                || !v.disagreed()
                || !x.is_cpu()
                || x.scalar_type().value != ScalarType.Float.value
                || w.scalar_type().value != ScalarType.Float.value) {
            return false;
        }
        long[] xs = x.sizes().vec().get();
        long[] ws = w.sizes().vec().get();
        String key = Arrays.toString(xs) + Arrays.toString(ws) + Arrays.toString(stride) + Arrays.toString(padding);
        return AGREES.computeIfAbsent(key, k -> agrees(xs, ws, stride, padding));
    }

    /**
     * oneDNN against the reference kernel on random data of these shapes (its own generator: training's streams
     * are untouched).
     */
    private static boolean agrees(long[] xs, long[] ws, long[] stride, long[] padding) {
        try (PointerScope scope = new PointerScope();
                NoGradGuard guard = new NoGradGuard()) {
            GeneratorOptional init =
                    new GeneratorOptional(createCPUGenerator(Arrays.hashCode(xs) * 31L + Arrays.hashCode(ws)));
            Tensor x = randn(xs, init);
            Tensor w = randn(ws, init);
            long[] one = {1, 1};
            Tensor reference =
                    org.bytedeco.pytorch.global.torch.conv2d(x, w, new TensorOptional(), stride, padding, one, 1);
            Tensor oneDnn = mkldnn_convolution(x, w, new TensorOptional(), padding, stride, one, 1);
            return OneDnnCheck.relativeDifference(oneDnn, reference) <= OneDnnCheck.TOLERANCE;
        }
    }
}
