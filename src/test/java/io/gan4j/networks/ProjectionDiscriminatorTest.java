package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The projection discriminator")
class ProjectionDiscriminatorTest extends TorchTest {

    private static GeneratorOptional seed(long s) {
        return new GeneratorOptional(createCPUGenerator(s));
    }

    /**
     * An MLP trunk on points with 2 hidden ReLU units set by hand: φ(x) = relu(x) (W₁ = I, b₁ = 0),
     * ψ(φ) = 0.5·φ₁ − φ₂ + 0.25.
     */
    private static MlpDiscriminator trunk() {
        MlpDiscriminator d = new MlpDiscriminator(2, 1, 2, 1, Activation.RELU, false, false, seed(1));
        try (NoGradGuard guard = new NoGradGuard()) {
            d.denseLayers().get(0).weight().copy_(Tensor.create(new float[] {1, 0, 0, 1}, 2, 2));
            d.denseLayers().get(0).bias().zero_();
            d.denseLayers().get(1).weight().copy_(Tensor.create(new float[] {0.5f, -1}, 1, 2));
            d.denseLayers().get(1).bias().fill_(new org.bytedeco.pytorch.Scalar(0.25));
        }
        return d;
    }

    private static ProjectionDiscriminator withV(boolean spectralNorm, float... v) {
        ProjectionDiscriminator d = new ProjectionDiscriminator(trunk(), 3, spectralNorm, seed(2));
        try (NoGradGuard guard = new NoGradGuard()) {
            d.embedding().weight().copy_(Tensor.create(v, 3, 2));
        }
        return d;
    }

    @Test
    @DisplayName(
            "the projection term is yᵀVφ(x): φ = (1, 2), (3, 0), classes 2, 1 of V = (1, −1; 2, 0.5; −3, 4) give 5 "
                    + "and 6")
    void projectionByHand() {
        ProjectionDiscriminator d = withV(false, 1, -1, 2, 0.5f, -3, 4);
        Tensor phi = Tensor.create(new float[] {1, 2, 3, 0}, 2, 2);
        // (−3)·1 + 4·2 = 5; 2·3 + 0.5·0 = 6
        assertThat(Tensors.toFloats(d.projection(phi, Tensor.create(new long[] {2, 1}))))
                .containsExactly(5f, 6f);
    }

    @Test
    @DisplayName("D(x, y) = ψ(φ(x)) + yᵀVφ(x): x = (1, 2), (3, −1) score −1.25 + 5 = 3.75 and 1.75 + 6 = 7.75")
    void scoreByHand() {
        ProjectionDiscriminator d = withV(false, 1, -1, 2, 0.5f, -3, 4);
        Tensor x = Tensor.create(new float[] {1, 2, 3, -1}, 2, 2);
        // φ = relu(x) = (1, 2), (3, 0); ψ = 0.5 − 2 + 0.25 = −1.25 and 1.5 + 0.25 = 1.75
        assertThat(Tensors.toFloats(d.trunk().forward(x))).containsExactly(-1.25f, 1.75f);
        float[] scores = Tensors.toFloats(d.forward(x, Tensor.create(new long[] {2, 1})));
        assertThat(scores[0]).isCloseTo(3.75f, within(1e-6f));
        assertThat(scores[1]).isCloseTo(7.75f, within(1e-6f));
    }

    @Test
    @DisplayName("with spectral norm V is divided by σ(V): V = (3, 0; 0, 1; 0, 0) has σ 3, so classes 1, 0 project to "
            + "2/3 and 3")
    void spectralNormOfV() {
        ProjectionDiscriminator d = withV(true, 3, 0, 0, 1, 0, 0);
        assertThat(d.hasSpectralNorm()).isTrue();
        for (int i = 0; i < 30; i++) {
            d.powerIteration();
        }
        Tensor phi = Tensor.create(new float[] {1, 2, 3, 0}, 2, 2);
        float[] p = Tensors.toFloats(d.projection(phi, Tensor.create(new long[] {1, 0})));
        // (0, 1/3)·(1, 2) = 2/3; (1, 0)·(3, 0) = 3
        assertThat(p[0]).isCloseTo(2f / 3, within(1e-5f));
        assertThat(p[1]).isCloseTo(3f, within(1e-5f));
    }

    @Test
    @DisplayName("on the DCGAN trunk, φ is the flattened features its last dense layer reads: D − ψ = Σ_j V_{y,j}·φ_j")
    void dcganFeatures() {
        ImageShape image = new ImageShape(1, 28, 28);
        DcganDiscriminator trunk = new DcganDiscriminator(image, 1, 8, Norm.NONE, Activation.LEAKY_RELU, true, seed(3));
        ProjectionDiscriminator d = new ProjectionDiscriminator(trunk, 10, true, seed(4));
        assertThat(d.embedding().weight().shape()).containsExactly(10, 16L * 7 * 7);
        d.powerIteration();
        Tensor x = randn(image.batch(3), seed(5));
        long[] labels = {7, 0, 7};
        float[] phi = Tensors.toFloats(trunk.forwardWithFeatures(x).features());
        float[] v = Tensors.toFloats(d.embedding().effectiveWeight());
        float[] psi = Tensors.toFloats(trunk.forward(x));
        float[] scores = Tensors.toFloats(d.forward(x, Tensor.create(labels)));
        int dim = 16 * 7 * 7;
        for (int i = 0; i < 3; i++) {
            double projection = 0;
            for (int j = 0; j < dim; j++) {
                projection += v[(int) labels[i] * dim + j] * phi[i * dim + j];
            }
            assertThat((double) scores[i])
                    .as("sample %d", i)
                    .isCloseTo(psi[i] + projection, within(1e-5 * Math.max(1, Math.abs(projection))));
        }
        assertThat(scores[0]).as("same class, other image").isNotEqualTo(scores[2]);
    }

    @Test
    @DisplayName("refuses to score without classes, a trunk with packing, and one class")
    void refusals() {
        ProjectionDiscriminator d = withV(false, 1, 0, 0, 1, 1, 1);
        assertThatThrownBy(() -> d.forward(Tensor.create(new float[] {1, 2}, 1, 2)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("the projection discriminator scores an image with its class: call forward(x, labels)");
        MlpDiscriminator packed = new MlpDiscriminator(2, 2, 4, 1, Activation.RELU, false, false, seed(1));
        assertThatThrownBy(() -> new ProjectionDiscriminator(packed, 3, false, seed(1)))
                .hasMessage("the projection needs a trunk without packing; MlpDiscriminator has packing 2");
        assertThatThrownBy(() -> new ProjectionDiscriminator(trunk(), 1, false, seed(1)))
                .hasMessage("a class-conditional discriminator needs at least 2 classes, found 1");
        assertThatThrownBy(() ->
                        trunk().forward(Tensor.create(new float[] {1, 2}, 1, 2), Tensor.create(new long[] {0})))
                .hasMessage("MlpDiscriminator has no class input (it is unconditional)");
    }
}
