package io.gan4j.data.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The image datasets by name, at their native size: {@code mnist} and {@code fashion-mnist}
 * (1×28×28; splits {@code train}, {@code test}), {@code cifar10} (3×32×32; {@code train},
 * {@code test}), {@code stl10} (3×96×96; {@code train}, {@code test}, {@code unlabeled},
 * {@code train+unlabeled}).
 *
 * <p>Under the {@link DataRoot}: {@code mnist/} and {@code fashion-mnist/} hold the four IDX
 * {@code .gz} files ({@code train-images-idx3-ubyte.gz}, {@code train-labels-idx1-ubyte.gz},
 * {@code t10k-images-idx3-ubyte.gz}, {@code t10k-labels-idx1-ubyte.gz}),
 * {@code cifar10/cifar-10-batches-bin/} the six {@code .bin} files of CIFAR-10's binary version,
 * {@code stl10/stl10_binary/} STL-10's {@code .bin} files. Missing files are downloaded when
 * allowed, from the mirrors below, and checked against these digests. The MD5s were checked
 * against torchvision's {@code torchvision/datasets/mnist.py} ({@code MNIST.resources},
 * {@code FashionMNIST.resources}) and {@code stl10.py} ({@code tgz_md5}); torchvision reads
 * CIFAR-10's python version, so the binary archive's MD5 was checked against the table on
 * https://www.cs.toronto.edu/~kriz/cifar.html as quoted in several public repositories.
 */
public final class ImageDatasets {

    /** PyTorch's MNIST mirror (yann.lecun.com refuses scripted downloads). */
    public static final String MNIST_URL = "https://ossci-datasets.s3.amazonaws.com/mnist/";

    /** Zalando's Fashion-MNIST mirror, as torchvision uses it. */
    public static final String FASHION_MNIST_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

    /** CIFAR-10's binary version (not the python one). */
    public static final String CIFAR10_URL = "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz";

    /** STL-10's binary version. */
    public static final String STL10_URL = "http://ai.stanford.edu/~acoates/stl10/stl10_binary.tar.gz";

    private static final DatasetCatalog STANDARD = new DatasetCatalog(
            List.of(
                    IdxDataset.mnistSized(
                            "mnist",
                            "MNIST",
                            "MNIST handwritten digits (LeCun et al. 1998)",
                            MNIST_URL,
                            Map.of(
                                    IdxDataset.TRAIN_IMAGES, Checksum.md5("f68b3c2dcbeaaa9fbdd348bbdeb94873"),
                                    IdxDataset.TRAIN_LABELS, Checksum.md5("d53e105ee54ea40749a09fcbcd1e9432"),
                                    IdxDataset.TEST_IMAGES, Checksum.md5("9fb629c4189551a2d022fa330f9573f3"),
                                    IdxDataset.TEST_LABELS, Checksum.md5("ec29112dd5afa0611ce80d1b7f02629c"))),
                    IdxDataset.mnistSized(
                            "fashion-mnist",
                            "Fashion-MNIST",
                            "Fashion-MNIST, Zalando's article images (Xiao et al. 2017)",
                            FASHION_MNIST_URL,
                            Map.of(
                                    IdxDataset.TRAIN_IMAGES, Checksum.md5("8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
                                    IdxDataset.TRAIN_LABELS, Checksum.md5("25c81989df183df01b3e8a0aad5dffbe"),
                                    IdxDataset.TEST_IMAGES, Checksum.md5("bef4ecab320f06d8554ea6380940ec79"),
                                    IdxDataset.TEST_LABELS, Checksum.md5("bb300cfdad3c16e7a12a480ee83cd310"))),
                    new Cifar10Dataset(
                            RemoteFile.archive(CIFAR10_URL, Checksum.md5("c32a1d4ab5d03f1284b67883e8d87530")), 10_000),
                    new Stl10Dataset(
                            RemoteFile.archive(STL10_URL, Checksum.md5("91f7769df0f17e558f3565bffb0c7dfb")),
                            Map.of("train", 5_000, "test", 8_000, "unlabeled", 100_000))),
            new Download());

    private ImageDatasets() {}

    /**
     * Opens a split of a dataset at its native size.
     *
     * @param name     a name from {@link #names()}
     * @param split    a split from {@link #splits(String)}
     * @param root     the data root ({@link DataRoot#resolve})
     * @param download whether to download missing files
     * @param progress told how downloads advance
     * @throws IllegalArgumentException for an unknown name or split, listing the known ones
     * @throws ImageDataException if files are missing (naming the directory, the files, and how
     *     to get them), cannot be downloaded, or are not the expected ones
     */
    public static ImageSource open(String name, String split, Path root, boolean download, DownloadProgress progress) {
        return STANDARD.open(name, split, root, download, progress);
    }

    /** The dataset names: {@code mnist, fashion-mnist, cifar10, stl10}. */
    public static List<String> names() {
        return STANDARD.names();
    }

    /** A dataset's splits, e.g. {@code train, test}. */
    public static List<String> splits(String name) {
        return STANDARD.definition(name).splits();
    }

    /** One line on what a dataset is and where it is downloaded from. */
    public static String about(String name) {
        return STANDARD.definition(name).about();
    }
}
