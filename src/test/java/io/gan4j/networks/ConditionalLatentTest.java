package io.gan4j.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.pytorch.global.torch.createCPUGenerator;
import static org.bytedeco.pytorch.global.torch.randint;

import io.gan4j.torch.Tensors;
import io.gan4j.torch.TorchTest;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch.ScalarType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A class-conditional latent [z, one-hot(y)]")
class ConditionalLatentTest extends TorchTest {

    private static GeneratorOptional seed(long s) {
        return new GeneratorOptional(createCPUGenerator(s));
    }

    @Test
    @DisplayName("draws z first, then y, from one stream, and lays them out as [z, one-hot(y)]: 3 + 4 values")
    void layout() {
        ConditionalLatent latent = new ConditionalLatent(3, LatentPrior.NORMAL, 4);
        assertThat(latent.dim()).isEqualTo(7);
        ConditionalLatent.Codes codes = latent.sampleCodes(5, seed(1));
        GeneratorOptional again = seed(1);
        Tensor z = LatentPrior.NORMAL.sample(5, 3, again);
        assertThat(Tensors.toFloats(codes.noise())).containsExactly(Tensors.toFloats(z));
        assertThat(Tensors.toFloats(codes.labels().toType(ScalarType.Float)))
                .containsExactly(
                        Tensors.toFloats(randint(4, new long[] {5}, again).toType(ScalarType.Float)));
        float[] input = Tensors.toFloats(latent.input(codes));
        float[] noise = Tensors.toFloats(codes.noise());
        long[] labels = new long[5];
        for (int i = 0; i < 5; i++) {
            labels[i] = codes.labels().get(i).item_long();
            for (int j = 0; j < 3; j++) {
                assertThat(input[7 * i + j]).isEqualTo(noise[3 * i + j]);
            }
            for (int k = 0; k < 4; k++) {
                assertThat(input[7 * i + 3 + k]).as("one-hot of sample %d", i).isEqualTo(k == labels[i] ? 1f : 0f);
            }
        }
    }

    @Test
    @DisplayName("y is uniform over the classes: 10,000 draws of Cat(10) give each class 1000 ± 150 (5σ)")
    void uniform() {
        ConditionalLatent latent = new ConditionalLatent(2, LatentPrior.NORMAL, 10);
        int[] counts = new int[10];
        Tensor labels = latent.sampleCodes(10_000, seed(2)).labels();
        for (float y : Tensors.toFloats(labels.toType(ScalarType.Float))) {
            counts[(int) y]++;
        }
        for (int k = 0; k < 10; k++) {
            assertThat(counts[k]).as("class %d", k).isBetween(850, 1150);
        }
    }

    @Test
    @DisplayName("a grid's classes go row by row, row r class r mod K; codesFor keeps the classes it is given")
    void rows() {
        ConditionalLatent latent = new ConditionalLatent(2, LatentPrior.NORMAL, 2);
        assertThat(latent.byRow(3, 2)).containsExactly(0, 0, 1, 1, 0, 0);
        assertThat(new ConditionalLatent(2, LatentPrior.UNIFORM, 10).byRow(2, 3))
                .containsExactly(0, 0, 0, 1, 1, 1);
        ConditionalLatent.Codes c = latent.codesFor(new long[] {1, 0, 1}, seed(3));
        assertThat(c.noise().shape()).containsExactly(3, 2);
        assertThat(Tensors.toFloats(latent.input(c).narrow(1, 2, 2))).containsExactly(0, 1, 1, 0, 0, 1);
    }

    @Test
    @DisplayName("refuses fewer than 2 classes")
    void refusals() {
        assertThatThrownBy(() -> new ConditionalLatent(2, LatentPrior.NORMAL, 1))
                .hasMessage("a class-conditional latent needs noise ≥ 1 and classes ≥ 2, found noise 2, classes 1");
    }
}
