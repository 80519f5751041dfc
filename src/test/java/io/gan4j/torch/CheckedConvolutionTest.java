package io.gan4j.torch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.mkldnn_convolution;
import static org.bytedeco.pytorch.global.torch.randn;

import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch.ScalarType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A checked convolution (oneDNN forward shape by shape where the global check turned it off)")
class CheckedConvolutionTest extends TorchTest {

    private static final long[] ONE = {1, 1};

    /**
     * 32→32 at 28×28 is the MNIST classifier's costliest convolution (oneDNN agrees on it here);
     * oneDNN's forward of 17→32 at 16×16 was 31 % off here, so it must be refused.
     */
    @ParameterizedTest(name = "{0} images of {1} channels, {3}×{3}, to {2}")
    @CsvSource({"20, 32, 32, 28", "64, 17, 32, 16"})
    @DisplayName("agrees with a double-precision convolution to 1e-5, and runs on oneDNN exactly where oneDNN agrees")
    void agreesWithDoubles(long n, long in, long out, long side) {
        assumeThat(OneDnnCheck.verdict().disagreed())
                .as("oneDNN passed the global check here: no shape is checked")
                .isTrue();
        GeneratorOptional init = new GeneratorOptional(createCPUGenerator(11));
        Tensor x = randn(new long[] {n, in, side, side}, init);
        Tensor w = randn(new long[] {out, in, 3, 3}, init);
        Tensor b = randn(new long[] {out}, init);
        try (NoGradGuard guard = new NoGradGuard()) {
            Tensor y = CheckedConvolution.conv2d(x, w, b, ONE, ONE);
            Tensor exact = org.bytedeco.pytorch.global.torch.conv2d(
                    x.to(ScalarType.Double),
                    w.to(ScalarType.Double),
                    new TensorOptional(b.to(ScalarType.Double)),
                    ONE,
                    ONE,
                    ONE,
                    1);
            Tensor oneDnn = mkldnn_convolution(x, w, new TensorOptional(b), ONE, ONE, ONE, 1);
            boolean oneDnnRight = relative(oneDnn, exact) < 1e-5;

            assertThat(relative(y, exact)).isLessThan(1e-5);
            String key =
                    "[" + n + ", " + in + ", " + side + ", " + side + "][" + out + ", " + in + ", 3, 3][1, 1][1, 1]";
            assertThat(CheckedConvolution.checked()).as("the shape's verdict").containsEntry(key, oneDnnRight);
        }
    }

    private static double relative(Tensor f, Tensor d) {
        Tensor e = f.to(ScalarType.Double);
        return e.sub(d).abs().max().item_double() / d.abs().max().item_double();
    }
}
