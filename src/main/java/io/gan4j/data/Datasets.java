package io.gan4j.data;

import io.gan4j.data.toy.ToyDistributions;
import io.gan4j.networks.ImageShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every dataset a config can name, toy or image, with what a config needs to know before any file
 * is read: its kind, its splits and its images' native shape. Opening an image dataset is
 * {@link ImageData}'s job.
 */
public final class Datasets {

    /** A folder of PNG/JPEG files, {@code data.path}. */
    public static final String FOLDER = "folder";
    /** Any pair of IDX files, {@code data.path} (images) and {@code data.labels}. */
    public static final String IDX = "idx";
    /** Three MNIST digits as the R, G and B channels (1000 modes). */
    public static final String STACKED_MNIST = "stacked-mnist";

    /** @param classes the number of classes of its labels, or {@link #FROM_FILES} */
    private record Image(ImageShape shape, List<String> splits, int classes, String about) {}

    /**
     * What {@link #classes} gives for a dataset whose classes are known only from its files (a folder, an IDX
     * pair).
     */
    public static final int FROM_FILES = -1;

    private static final Map<String, Image> IMAGES = new LinkedHashMap<>();

    static {
        List<String> trainTest = List.of("train", "test");
        IMAGES.put(
                "mnist",
                new Image(new ImageShape(1, 28, 28), trainTest, 10, "MNIST handwritten digits (LeCun et al. 1998)"));
        IMAGES.put(
                "fashion-mnist",
                new Image(new ImageShape(1, 28, 28), trainTest, 10, "Fashion-MNIST (Xiao et al. 2017)"));
        IMAGES.put("cifar10", new Image(new ImageShape(3, 32, 32), trainTest, 10, "CIFAR-10 (Krizhevsky 2009)"));
        IMAGES.put(
                "stl10",
                new Image(
                        new ImageShape(3, 96, 96),
                        List.of("train", "test", "unlabeled", "train+unlabeled"),
                        10,
                        "STL-10 (Coates et al. 2011)"));
        IMAGES.put(
                STACKED_MNIST,
                new Image(
                        new ImageShape(3, 28, 28),
                        trainTest,
                        1000,
                        "stacked MNIST: three MNIST digits as R, G, B, 1000 modes (Metz et al. 2017; PacGAN; VEEGAN)"));
        IMAGES.put(FOLDER, new Image(null, List.of("train"), FROM_FILES, "a folder of PNG/JPEG images (data.path)"));
        IMAGES.put(
                IDX,
                new Image(null, List.of("train"), FROM_FILES, "an IDX pair (data.path: images, data.labels: labels)"));
    }

    private Datasets() {}

    /** Every name: the toy distributions, then the image datasets. */
    public static List<String> names() {
        List<String> all = new ArrayList<>(ToyDistributions.names());
        all.addAll(IMAGES.keySet());
        return Collections.unmodifiableList(all);
    }

    public static boolean isToy(String name) {
        return ToyDistributions.names().contains(name);
    }

    public static boolean isImage(String name) {
        return IMAGES.containsKey(name);
    }

    /** The image datasets' names. */
    public static List<String> imageNames() {
        return List.copyOf(IMAGES.keySet());
    }

    /** The splits an image dataset has. */
    public static List<String> splits(String name) {
        Image image = IMAGES.get(name);
        return image == null ? List.of() : image.splits();
    }

    /**
     * The native shape of an image dataset's images, or {@code null} for a folder or an IDX pair (read from its
     * files).
     */
    public static ImageShape nativeShape(String name) {
        Image image = IMAGES.get(name);
        if (image == null) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not an image dataset; image datasets: " + String.join(", ", IMAGES.keySet()));
        }
        return image.shape();
    }

    /**
     * The number of classes of an image dataset's split: 10 for MNIST, Fashion-MNIST, CIFAR-10 and
     * STL-10's labelled splits, 1000 for stacked MNIST (its label is 100·d₁ + 10·d₂ + d₃), 0 for a
     * split with unlabelled images (STL-10's {@code unlabeled} and {@code train+unlabeled}), and
     * {@link #FROM_FILES} for a folder (its subfolders) or an IDX pair (its labels file).
     */
    public static int classes(String name, String split) {
        Image image = IMAGES.get(name);
        if (image == null) {
            return 0;
        }
        return split != null && split.contains("unlabeled") ? 0 : image.classes();
    }

    /** One line on where the dataset comes from. */
    public static String about(String name) {
        Image image = IMAGES.get(name);
        return image == null ? "toy distribution" : image.about();
    }
}
