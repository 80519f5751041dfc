package io.gan4j.networks;

import static org.bytedeco.pytorch.global.torch.elu;
import static org.bytedeco.pytorch.global.torch.leaky_relu;
import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.torch.Tensors;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bytedeco.pytorch.Tensor;

/** The hidden-layer nonlinearities a config can name. */
public enum Activation {
    /** max(0, x). */
    RELU("relu"),
    /** max(0.2x, x), the DCGAN discriminator's slope. */
    LEAKY_RELU("leaky_relu"),
    /** max(0.1x, x), the SNGAN discriminator's slope. */
    LEAKY_RELU_01("leaky_relu_0.1"),
    /** tanh(x). */
    TANH("tanh"),
    /** x for x > 0, eˣ − 1 otherwise. */
    ELU("elu");

    private final String configName;

    Activation(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Applies the nonlinearity elementwise. */
    public Tensor apply(Tensor x) {
        return switch (this) {
            case RELU -> relu(x);
            case LEAKY_RELU -> leaky_relu(x, Tensors.scalar(0.2));
            case LEAKY_RELU_01 -> leaky_relu(x, Tensors.scalar(0.1));
            case TANH -> x.tanh();
            case ELU -> elu(x);
        };
    }

    public static List<String> configNames() {
        return Arrays.stream(values()).map(Activation::configName).collect(Collectors.toList());
    }

    /** The activation a config calls {@code name}. */
    public static Activation byConfigName(String name) {
        for (Activation a : values()) {
            if (a.configName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "unknown activation '" + name + "'; known: " + String.join(", ", configNames()));
    }
}
