package io.gan4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.networks.ImageShape;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The registry of network families")
class ArchitecturesTest {

    @ParameterizedTest(name = "{0}: width {1}, G {2} / {3}, D {4} / {5}")
    @DisplayName("auto means the paper's choice, as the table in Architectures says")
    @CsvSource({
        "mlp, 512, relu, none, relu, none",
        "dcgan, 64, relu, batch, leaky_relu, batch",
        "sngan, 64, relu, batch, leaky_relu_0.1, none"
    })
    void autoIsThePapers(String name, int width, String gAct, String gNorm, String dAct, String dNorm) {
        GeneratorConfig g = new GeneratorConfig(name, 0, 3, "auto", "auto", false, 0, 0).resolved();
        DiscriminatorConfig d = new DiscriminatorConfig(name, 0, 3, "auto", "auto", false, 1, 0, 0, 0).resolved();
        assertThat(List.of(g.width(), g.activation(), g.norm())).containsExactly(width, gAct, gNorm);
        assertThat(List.of(d.width(), d.activation(), d.norm())).containsExactly(width, dAct, dNorm);
    }

    @Test
    @DisplayName("the auto-encoder is a discriminator only, with leaky ReLU, no norm and a code as wide as it")
    void autoEncoder() {
        assertThat(Architectures.names()).containsExactly("mlp", "dcgan", "sngan");
        assertThat(Architectures.discriminatorNames()).containsExactly("mlp", "dcgan", "sngan", "autoencoder");
        DiscriminatorConfig d =
                new DiscriminatorConfig("autoencoder", 0, 3, "auto", "auto", false, 1, 0, 0, 0).resolved();
        assertThat(List.of(d.width(), d.activation(), d.norm(), d.codeSize()))
                .containsExactly(64, "leaky_relu", "none", 64);
        assertThatThrownBy(() -> Architectures.trunk("autoencoder"))
                .hasMessage("no trunk with features in architecture autoencoder");
    }

    @Test
    @DisplayName("which image sides each family builds: DCGAN's layout b·2^n, SNGAN's multiples of 8, any for mlp")
    void imageSides() {
        ImageShape side28 = new ImageShape(1, 28, 28);
        ImageShape side40 = new ImageShape(1, 40, 40);
        assertThat(Architectures.generator("dcgan").imageProblem(side28, "x")).isNull();
        assertThat(Architectures.generator("dcgan").imageProblem(new ImageShape(1, 36, 36), "x"))
                .isEqualTo("dcgan needs a side b·2^n with 4 ≤ b ≤ 7 (28, 32, 48, 64, …), found x");
        assertThat(Architectures.generator("sngan").imageProblem(side40, "x")).isNull();
        assertThat(Architectures.generator("sngan").imageProblem(side28, "x"))
                .isEqualTo("sngan needs a side that is a multiple of 8 (the paper: 32, 48), found x");
        assertThat(Architectures.discriminator("mlp").imageProblem(new ImageShape(1, 13, 13), "x"))
                .isNull();
    }

    @Test
    @DisplayName("an unknown architecture resolves to itself, for validation to name it")
    void unknown() {
        GeneratorConfig g = new GeneratorConfig("resnet", 0, 3, "auto", "auto", false, 0, 0);
        assertThat(g.resolved()).isEqualTo(g);
        assertThatThrownBy(() -> Architectures.generator("resnet")).hasMessage("unknown architecture 'resnet'");
    }
}
