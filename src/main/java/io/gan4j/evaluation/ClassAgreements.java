package io.gan4j.evaluation;

import io.gan4j.metrics.features.MnistClassifier;
import io.gan4j.metrics.image.ClassAgreement;
import io.gan4j.reports.ConfusionMatrixPng;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;

/**
 * Measures {@link ClassAgreement} of a class-conditional generator: n samples, sample i asked for
 * class i mod K (balanced), generated and labelled by the dataset's classifier in batches.
 */
public final class ClassAgreements {

    /** A class-conditional generator: images (n, C, H, W) on the CPU for the given classes. */
    @FunctionalInterface
    public interface Conditioned {
        Tensor images(long[] labels);
    }

    /** Class names for the pictures: Fashion-MNIST's clothes; {@code null} (the class numbers) for the rest. */
    public static List<String> classNames(String dataset) {
        return "fashion-mnist".equals(dataset)
                ? List.of(
                        "T-shirt/top",
                        "Trouser",
                        "Pullover",
                        "Dress",
                        "Coat",
                        "Sandal",
                        "Shirt",
                        "Sneaker",
                        "Bag",
                        "Ankle boot")
                : null;
    }

    private ClassAgreements() {}

    /**
     * Writes {@code a}'s confusion matrix as a PNG, its rows and columns named by {@link #classNames} of {@code
     * dataset}.
     */
    public static void writePicture(String title, ClassAgreement a, String dataset, java.nio.file.Path file) {
        new ConfusionMatrixPng(title, a, classNames(dataset)).writePng(file);
    }

    /**
     * @param classes K, the generator's classes (the classifier's, 10)
     * @throws IllegalArgumentException if K is not the classifier's number of classes
     */
    public static ClassAgreement measure(
            Conditioned generator, int classes, int n, int batch, MnistClassifier classifier) {
        if (classes != io.gan4j.metrics.features.MnistCnn.CLASSES) {
            throw new IllegalArgumentException(
                    "class agreement labels samples with " + classifier.name() + ", which knows "
                            + io.gan4j.metrics.features.MnistCnn.CLASSES + " classes; the run has " + classes);
        }
        int[] asked = ClassAgreement.balanced(n, classes);
        int[] predicted = new int[n];
        for (int start = 0; start < n; start += batch) {
            int size = Math.min(batch, n - start);
            long[] labels = new long[size];
            for (int i = 0; i < size; i++) {
                labels[i] = asked[start + i];
            }
            try (PointerScope scope = new PointerScope()) {
                System.arraycopy(classifier.predict(generator.images(labels)), 0, predicted, start, size);
            }
        }
        return ClassAgreement.of(asked, predicted, classes);
    }
}
