package io.gan4j.torch;

import static org.bytedeco.pytorch.global.torch.conv2d;
import static org.bytedeco.pytorch.global.torch.conv_transpose2d;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.globalContext;
import static org.bytedeco.pytorch.global.torch.randn;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Context;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;

/**
 * Checks libtorch's oneDNN convolutions against its own reference kernels once per JVM, and turns
 * oneDNN off where they disagree.
 *
 * <p>On the AMD EPYC machines of this workplace (AVX-512 with BF16), libtorch 2.10's oneDNN 3.7.1
 * computes some float convolutions wrongly, by 25–100 % of the output's scale: a transposed
 * convolution with 1–8 or 17 input channels, the input gradient of a stride-1 convolution with
 * fewer than 16 output channels (SNGAN's 64→3 {@code to_image}), a convolution with 17 input
 * channels, several with 48. With {@code ONEDNN_MAX_CPU_ISA=SSE41} the results are right. The
 * reference kernels ({@code slow_conv2d}, {@code slow_conv_transpose2d}) agree with a
 * double-precision computation on every shape tried. A DCGAN step on MNIST takes about 1.45× as
 * long on them (188 against 129 ms, {@code gan4j bench step --preset dcgan-mnist}), so oneDNN stays
 * on wherever it computes these cases right.
 *
 * <p>The check runs each case forward and backward (outputs, input and weight gradients) with
 * oneDNN on and off and compares them. It adds about 0.3 s to each process that loads the natives
 * (291–332 ms in 3 runs here at 2 threads); at 2 threads which case disagrees most varies between
 * runs, so the reason it gives may name a different shape each time. Setting the environment
 * variable {@code GAN4J_ONEDNN=off} turns oneDNN off without the check.
 */
public final class OneDnnCheck {

    /** Largest relative disagreement accepted: float sums of a few hundred terms agree to about 1e-6. */
    static final double TOLERANCE = 1e-3;

    /**
     * Convolutions that were wrong here: {transposed (1) or not (0), in, out, kernel, stride}.
     * Padding is 1; input 7×7, batch 2.
     */
    private static final long[][] CASES = {
        {1, 1, 1, 4, 2},
        {1, 3, 8, 4, 2},
        {1, 8, 16, 4, 2},
        {1, 17, 8, 4, 2},
        {1, 32, 48, 4, 2},
        {0, 64, 3, 3, 1},
        {0, 16, 8, 4, 1},
        {0, 17, 16, 3, 1},
        {0, 48, 48, 3, 1},
    };

    /**
     * What the check found: oneDNN on for every convolution, or off; {@code disagreed} when it is
     * off because it disagreed here, in which case {@link CheckedConvolution} still runs forward
     * passes on it shape by shape where they agree.
     */
    public record Verdict(boolean enabled, boolean disagreed, String reason) {}

    private static volatile Verdict verdict;

    private OneDnnCheck() {}

    /** Runs the check once per JVM (natives loaded) and leaves oneDNN on only if every case agreed. */
    static synchronized Verdict apply() {
        if (verdict == null) {
            verdict = decide(System.getenv("GAN4J_ONEDNN"));
            globalContext().setUserEnabledMkldnn(verdict.enabled());
        }
        return verdict;
    }

    /** The verdict in force, or {@code null} before the natives were loaded. */
    public static Verdict verdict() {
        return verdict;
    }

    private static Verdict decide(String setting) {
        if (setting != null && setting.equalsIgnoreCase("off")) {
            return new Verdict(false, false, "off (GAN4J_ONEDNN=off)");
        }
        if (!Context.hasMKLDNN()) {
            return new Verdict(false, false, "off (not built into libtorch)");
        }
        String worst = null;
        double worstError = 0;
        try (PointerScope scope = new PointerScope()) {
            GeneratorOptional init = new GeneratorOptional(createCPUGenerator(20261207L));
            for (long[] c : CASES) {
                double error = disagreement(c, init);
                if (error > worstError) {
                    worstError = error;
                    worst = (c[0] == 1 ? "transposed convolution " : "convolution ") + c[1] + "→" + c[2] + " channels, "
                            + c[3] + "×" + c[3] + " stride " + c[4];
                }
            }
        } finally {
            globalContext().setUserEnabledMkldnn(true);
        }
        if (worstError > TOLERANCE) {
            return new Verdict(
                    false,
                    true,
                    String.format(
                            "off: it disagreed with libtorch's reference kernels by %.0f %% "
                                    + "on a %s (forward convolutions use it shape by shape where a check of the "
                                    + "shape agrees)",
                            100 * worstError, worst));
        }
        return new Verdict(true, false, String.format("on (agreed with the reference kernels to %.1e)", worstError));
    }

    /** Largest relative difference of output, input gradient and weight gradient, oneDNN on against off. */
    private static double disagreement(long[] c, GeneratorOptional init) {
        boolean transposed = c[0] == 1;
        Tensor x = randn(new long[] {2, c[1], 7, 7}, init);
        Tensor w = randn(transposed ? new long[] {c[1], c[2], c[3], c[3]} : new long[] {c[2], c[1], c[3], c[3]}, init);
        Tensor[] on = run(true, transposed, x, w, c[4], null, init);
        Tensor[] off = run(false, transposed, x, w, c[4], on[3], init);
        double worst = 0;
        for (int i = 0; i < 3; i++) {
            worst = Math.max(worst, relativeDifference(on[i], off[i]));
        }
        return worst;
    }

    /** max |t − reference| over max |reference|: the measure {@link #TOLERANCE} bounds. */
    static double relativeDifference(Tensor t, Tensor reference) {
        double scale = Math.max(1e-12, reference.abs().max().item_double());
        return t.sub(reference).abs().max().item_double() / scale;
    }

    /**
     * Output, input gradient, weight gradient and the upstream gradient used: {@code upstream}, or
     * where it is {@code null} one drawn from {@code init} in the output's shape.
     */
    private static Tensor[] run(
            boolean oneDnn,
            boolean transposed,
            Tensor x0,
            Tensor w0,
            long stride,
            Tensor upstream,
            GeneratorOptional init) {
        globalContext().setUserEnabledMkldnn(oneDnn);
        Tensor x = x0.detach().clone().requires_grad_(true);
        Tensor w = w0.detach().clone().requires_grad_(true);
        long[] s = {stride, stride};
        long[] p = {1, 1};
        long[] one = {1, 1};
        Tensor y = transposed
                ? conv_transpose2d(x, w, new TensorOptional(), s, p, new long[] {0, 0}, 1, one)
                : conv2d(x, w, new TensorOptional(), s, p, one, 1);
        Tensor g = upstream != null ? upstream : randn(y.sizes().vec().get(), init);
        y.mul(g).sum().backward();
        return new Tensor[] {y.detach(), x.grad(), w.grad(), g};
    }
}
