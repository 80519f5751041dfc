package io.gan4j.evaluation;

import io.gan4j.data.image.ImageSource;
import io.gan4j.metrics.features.FeatureExtractor;
import io.gan4j.torch.Tensors;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;

/**
 * The features (and class probabilities) of n images, computed in batches.
 *
 * @param features (n, d), float32, CPU
 * @param probabilities (n, K), or {@code null} when the extractor has no classifier
 * @param count n
 */
public record Features(Tensor features, Tensor probabilities, int count) {

    /** Where images come from, a batch at a time: images (b, C, H, W) in [−1, 1]. */
    public interface Images {
        Tensor batch(int start, int size);
    }

    /**
     * The features of {@code n} images from {@code images}.
     *
     * @param progress told after each batch with the images done so far, or {@code null}
     */
    public static Features of(Images images, int n, int batch, FeatureExtractor extractor, IntConsumer progress) {
        List<Tensor> features = new ArrayList<>();
        List<Tensor> probabilities = new ArrayList<>();
        for (int start = 0; start < n; start += batch) {
            int size = Math.min(batch, n - start);
            try (PointerScope scope = new PointerScope()) {
                FeatureExtractor.Outputs out = extractor.extract(images.batch(start, size));
                Tensor f = out.features().contiguous();
                f.retainReference();
                features.add(f);
                if (out.probabilities() != null) {
                    Tensor p = out.probabilities().contiguous();
                    p.retainReference();
                    probabilities.add(p);
                }
            }
            if (progress != null) {
                progress.accept(Math.min(n, start + size));
            }
        }
        Tensor f = Tensors.cat(features, 0);
        Tensor p = probabilities.isEmpty() ? null : Tensors.cat(probabilities, 0);
        for (Tensor t : features) {
            t.releaseReference();
        }
        for (Tensor t : probabilities) {
            t.releaseReference();
        }
        return new Features(f, p, n);
    }

    /**
     * {@code n} distinct images of {@code source}, in an order drawn from {@code seed} (all of them
     * when n is the source's size), as batches in [−1, 1].
     */
    public static Images of(ImageSource source, int n, long seed) {
        int[] order = sample(source.size(), n, seed);
        int per = source.channels() * source.height() * source.width();
        return (start, size) -> {
            float[] pixels = new float[size * per];
            byte[] image = new byte[per];
            for (int i = 0; i < size; i++) {
                source.read(order[start + i], image, 0);
                for (int p = 0; p < per; p++) {
                    pixels[i * per + p] = (float) ((image[p] & 0xff) / 127.5 - 1);
                }
            }
            return Tensor.create(pixels, size, source.channels(), source.height(), source.width());
        };
    }

    /** The first n of a seeded Fisher–Yates shuffle of 0 … size−1 (n ≤ size). */
    static int[] sample(int size, int n, long seed) {
        if (n > size) {
            throw new IllegalArgumentException("cannot take " + n + " distinct images of " + size);
        }
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(size - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, n);
    }
}
