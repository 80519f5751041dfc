package io.gan4j.metrics.features;

import static org.bytedeco.pytorch.global.torch.max_pool2d;
import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.networks.Conv;
import io.gan4j.networks.Dense;
import io.gan4j.networks.WeightInit;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.BatchNorm1dImpl;
import org.bytedeco.pytorch.BatchNorm2dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;

/**
 * gan4j's MNIST classifier, the feature extractor for 28×28 grey images: two blocks of two 3×3
 * convolutions (padding 1, batch norm, ReLU) and a 2×2 max-pool, 32 then 64 channels
 * (28 → 14 → 7), a dense layer to 128 features with batch norm and ReLU (the penultimate features
 * the distances use), and a dense layer to 10 logits. Input: images in [−1, 1].
 */
public final class MnistCnn extends Module {

    /** Features of the penultimate layer. */
    public static final int FEATURES = 128;
    /** Digits. */
    public static final int CLASSES = 10;

    private final List<Conv> convs = new ArrayList<>();
    private final List<BatchNorm2dImpl> norms = new ArrayList<>();
    private final Dense hidden;
    private final BatchNorm1dImpl hiddenNorm;
    private final Dense logits;

    public MnistCnn(GeneratorOptional init) {
        long[][] layers = {{1, 32}, {32, 32}, {32, 64}, {64, 64}};
        for (int i = 0; i < layers.length; i++) {
            convs.add(register_module(
                    "conv" + i,
                    Conv.conv(layers[i][0], layers[i][1], 3, 1, 1, false, WeightInit.UNIFORM_FAN_IN, init)));
            norms.add(register_module("norm" + i, new BatchNorm2dImpl(new BatchNormOptions(layers[i][1]))));
        }
        hidden = register_module("hidden", new Dense(64 * 7 * 7, FEATURES, false, init));
        hiddenNorm = register_module("hidden_norm", new BatchNorm1dImpl(new BatchNormOptions(FEATURES)));
        logits = register_module("logits", new Dense(FEATURES, CLASSES, false, init));
    }

    /** Images (n, 1, 28, 28) → penultimate features (n, 128). */
    public Tensor features(Tensor x) {
        Tensor h = x;
        for (int i = 0; i < convs.size(); i++) {
            h = relu(norms.get(i).forward(convs.get(i).forward(h)));
            if (i % 2 == 1) {
                h = max_pool2d(h, new long[] {2, 2}, new long[] {2, 2}, new long[] {0, 0}, new long[] {1, 1}, false);
            }
        }
        return relu(hiddenNorm.forward(hidden.forward(h.reshape(x.size(0), -1))));
    }

    /** Penultimate features (n, 128) → logits (n, 10). */
    public Tensor logits(Tensor features) {
        return logits.forward(features);
    }

    /** Images (n, 1, 28, 28) → logits (n, 10). */
    public Tensor forward(Tensor x) {
        return logits(features(x));
    }
}
