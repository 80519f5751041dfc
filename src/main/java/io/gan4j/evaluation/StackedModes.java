package io.gan4j.evaluation;

import io.gan4j.Refused;
import io.gan4j.metrics.features.MnistClassifier;
import io.gan4j.metrics.image.StackedMnistModes;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;

/** Counts stacked-MNIST modes: each of an image's three channels classified as a digit by the MNIST classifier. */
public final class StackedModes {

    private StackedModes() {}

    /**
     * @param images n images of shape (3, 28, 28) in [−1, 1], in batches
     */
    public static StackedMnistModes count(Features.Images images, int n, int batch, MnistClassifier classifier) {
        int[] modes = new int[n];
        for (int start = 0; start < n; start += batch) {
            int size = Math.min(batch, n - start);
            try (PointerScope scope = new PointerScope()) {
                Tensor x = images.batch(start, size);
                if (x.dim() != 4 || x.size(1) != 3 || x.size(2) != 28 || x.size(3) != 28) {
                    throw new Refused("stacked-MNIST modes need images of shape (3, 28, 28), found "
                            + java.util.Arrays.toString(x.shape()));
                }
                int[][] digits = new int[3][];
                for (int c = 0; c < 3; c++) {
                    digits[c] = classifier.predict(x.narrow(1, c, 1).contiguous());
                }
                for (int i = 0; i < size; i++) {
                    modes[start + i] = StackedMnistModes.mode(digits[0][i], digits[1][i], digits[2][i]);
                }
            }
        }
        return StackedMnistModes.of(modes);
    }
}
