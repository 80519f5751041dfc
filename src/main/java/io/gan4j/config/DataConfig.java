package io.gan4j.config;

import io.gan4j.data.Datasets;
import io.gan4j.data.image.IdxHeader;
import io.gan4j.networks.ImageShape;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What to train on.
 *
 * @param dataset a toy distribution ({@code ring}, {@code grid}, {@code 8gaussians},
 *     {@code 25gaussians}, {@code swissroll}) or an image dataset ({@code mnist},
 *     {@code fashion-mnist}, {@code cifar10}, {@code stl10}, {@code stacked-mnist}, {@code folder},
 *     {@code idx})
 * @param batchSize samples per batch, for both players
 * @param root where image datasets live ({@code <root>/mnist/…}); {@code null}: the environment
 *     variable {@code GAN4J_DATA}, else {@code ~/.cache/gan4j/datasets}
 * @param split the image dataset's split ({@code train}, {@code test}; STL-10 also
 *     {@code unlabeled} and {@code train+unlabeled})
 * @param imageSize side of the square images trained on, 0 for the dataset's own (a folder needs one)
 * @param channels 1 or 3 for a folder of images (default 3); 0 otherwise
 * @param download whether to download a missing image dataset from its canonical mirror
 * @param path the directory of images for {@code dataset: folder}; the images file for {@code dataset: idx}
 * @param labels the labels file for {@code dataset: idx} (any IDX pair, plain or gzipped)
 * @param prefetch image batches prepared ahead on a background thread
 */
public record DataConfig(
        String dataset,
        int batchSize,
        String root,
        String split,
        int imageSize,
        int channels,
        boolean download,
        String path,
        String labels,
        int prefetch) {

    public static DataConfig defaults() {
        return new DataConfig("ring", 256, null, "train", 0, 0, true, null, null, 2);
    }

    /** Whether the dataset is an image dataset (else a toy distribution). */
    public boolean hasImages() {
        return Datasets.isImage(dataset);
    }

    /** The shape of the images trained on: the dataset's own, resized to {@code image_size}, with {@code channels}. */
    public ImageShape imageShape() {
        if (dataset.equals(Datasets.IDX)) {
            IdxHeader h = IdxHeader.ofImages(Path.of(path));
            int side = imageSize != 0 ? imageSize : h.rows();
            return new ImageShape(1, side, imageSize != 0 ? imageSize : h.columns());
        }
        ImageShape n = Datasets.nativeShape(dataset);
        int c = dataset.equals(Datasets.FOLDER) ? (channels == 0 ? 3 : channels) : n.channels();
        int side = imageSize != 0 ? imageSize : n.height();
        return new ImageShape(c, side, side);
    }

    /** {@link #imageShape()} for an image dataset; {@code null} for a toy distribution, whose samples are points. */
    public ImageShape imageShapeOrNull() {
        return hasImages() ? imageShape() : null;
    }

    /**
     * The same data from the split held out for evaluation: {@code test} where the dataset has one, else its own
     * split.
     */
    public DataConfig heldOut() {
        return withSplit(Datasets.splits(dataset).contains("test") ? "test" : split);
    }

    /** This data config with {@code split}. */
    public DataConfig withSplit(String split) {
        return new DataConfig(dataset, batchSize, root, split, imageSize, channels, download, path, labels, prefetch);
    }

    /** This data config with {@code root}. */
    public DataConfig withRoot(String root) {
        return new DataConfig(dataset, batchSize, root, split, imageSize, channels, download, path, labels, prefetch);
    }

    void validate(Violations v, String path) {
        v.oneOf(path + ".dataset", dataset, Datasets.names());
        v.between(path + ".batch_size", batchSize, 1, Bounds.BATCH);
        v.between(path + ".prefetch", prefetch, 1, Bounds.PREFETCH);
        v.between(path + ".image_size", imageSize, 0, Bounds.SIDE);
        if (!Datasets.isImage(dataset)) {
            return;
        }
        if (dataset.equals(Datasets.IDX)) {
            validateIdx(v, path);
            return;
        }
        if (!dataset.equals(Datasets.FOLDER)) {
            v.oneOf(path + ".split", split, Datasets.splits(dataset));
        }
        if (dataset.equals(Datasets.FOLDER)) {
            v.require(
                    this.path != null && !this.path.isBlank(),
                    path + ".path",
                    "a folder dataset needs the directory of its images");
            v.require(
                    imageSize >= 1, path + ".image_size", "a folder dataset needs the side its images are resized to");
            v.require(
                    channels == 0 || channels == 1 || channels == 3,
                    path + ".channels",
                    "must be 1 or 3, found " + channels);
        } else {
            v.require(
                    channels == 0 || channels == Datasets.nativeShape(dataset).channels(),
                    path + ".channels",
                    dataset + " has " + Datasets.nativeShape(dataset).channels()
                            + " channel(s); leave channels at 0, found " + channels);
        }
        if (imageSize != 0) {
            v.atLeast(path + ".image_size", imageSize, 8);
        }
    }

    private void validateIdx(Violations v, String key) {
        boolean found = true;
        for (String[] f : new String[][] {{"path", path}, {"labels", labels}}) {
            if (f[1] == null || f[1].isBlank()) {
                v.add(
                        key + "." + f[0],
                        "an idx dataset needs its " + (f[0].equals("path") ? "images" : "labels") + " file");
                found = false;
            } else if (!Files.isRegularFile(Path.of(f[1]))) {
                v.add(key + "." + f[0], "file not found: " + Path.of(f[1]).toAbsolutePath());
                found = false;
            }
        }
        if (found) {
            try {
                IdxHeader h = IdxHeader.ofImages(Path.of(path));
                v.require(
                        imageSize != 0 || h.rows() == h.columns(),
                        key + ".image_size",
                        "the images are " + h.rows() + "×" + h.columns() + ": set a square side to resize them to");
            } catch (RuntimeException e) {
                v.add(key + ".path", e.getMessage());
            }
        }
        v.require(channels == 0 || channels == 1, key + ".channels", "IDX images have 1 channel, found " + channels);
    }
}
