package io.gan4j.api;

import io.gan4j.Refused;
import io.gan4j.networks.ImageShape;
import io.gan4j.reports.ImageGridPng;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Images a program trains on: written as a folder dataset ({@code class-KKK/} subfolders when labelled, which the
 * folder reader numbers in name order, so class k is the k-th), then configured as {@code dataset: folder}.
 */
final class SuppliedImages {

    private final List<BufferedImage> images;
    private final int[] labels;
    private final int side;

    SuppliedImages(List<BufferedImage> images, int[] labels, int side) {
        if (images == null || images.isEmpty()) {
            throw new Refused("no images given to train on");
        }
        if (side < 8) {
            throw new Refused("the side images are resized to must be at least 8, found " + side);
        }
        if (labels != null) {
            if (labels.length != images.size()) {
                throw new Refused(images.size() + " images but " + labels.length + " labels");
            }
            int classes = Arrays.stream(labels).max().orElse(-1) + 1;
            long present = Arrays.stream(labels).distinct().count();
            if (Arrays.stream(labels).min().orElse(0) < 0 || present != classes) {
                throw new Refused("labels must be 0 … K−1 with every class present, found "
                        + Arrays.toString(
                                Arrays.stream(labels).distinct().sorted().toArray()));
            }
        }
        this.images = List.copyOf(images);
        this.labels = labels == null ? null : labels.clone();
        this.side = side;
    }

    /** Images from {@code n · C·H·W} floats in [−1, 1], channel-first; {@code side} is theirs (they must be square). */
    static SuppliedImages of(float[] pixels, ImageShape shape, int[] labels) {
        long per = shape.numel();
        if (pixels.length == 0 || pixels.length % per != 0) {
            throw new Refused(pixels.length + " floats are not a whole number of " + shape + " images");
        }
        if (shape.height() != shape.width()) {
            throw new Refused("images to train on must be square, found " + shape);
        }
        List<BufferedImage> images = ImageGridPng.each(pixels, shape.channels(), shape.height(), shape.width());
        return new SuppliedImages(images, labels, shape.height());
    }

    /**
     * The {@code --set} overrides that read the images from {@code folder} (the data section's other keys, such as
     * its batch size, stay the config's).
     */
    List<String> overrides(Path folder) {
        boolean grey = images.stream().allMatch(im -> im.getColorModel().getNumColorComponents() == 1);
        return List.of(
                "data.dataset=folder",
                "data.path='" + folder.toAbsolutePath().toString().replace("'", "''") + "'",
                "data.image_size=" + side,
                "data.channels=" + (grey ? 1 : 3));
    }

    /** Writes the images under {@code folder}, in class subfolders when labelled. */
    void writeTo(Path folder) {
        try {
            for (int i = 0; i < images.size(); i++) {
                Path dir =
                        labels == null ? folder : folder.resolve(String.format(Locale.ROOT, "class-%03d", labels[i]));
                Files.createDirectories(dir);
                ImageIO.write(
                        images.get(i),
                        "png",
                        dir.resolve(String.format(Locale.ROOT, "img-%06d.png", i))
                                .toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the images to train on into " + folder, e);
        }
    }
}
