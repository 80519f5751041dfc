package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ImageDatasets and DatasetCatalog")
class DatasetCatalogTest {

    @TempDir
    Path root;

    private final FixtureServer server = new FixtureServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Nested
    @DisplayName("the standard catalog")
    class Standard {

        @Test
        @DisplayName("lists names, splits and sources")
        void names() {
            assertThat(ImageDatasets.names()).containsExactly("mnist", "fashion-mnist", "cifar10", "stl10");
            assertThat(ImageDatasets.splits("stl10")).containsExactly("train", "test", "unlabeled", "train+unlabeled");
            assertThat(ImageDatasets.splits("mnist")).containsExactly("train", "test");
            assertThat(ImageDatasets.about("mnist")).endsWith("from https://ossci-datasets.s3.amazonaws.com/mnist/");
            assertThat(ImageDatasets.about("cifar10"))
                    .endsWith("from https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz");
        }

        @Test
        @DisplayName("rejects an unknown name or split, listing the known ones")
        void unknown() {
            assertThatThrownBy(() -> ImageDatasets.open("cifar", "train", root, false, DownloadProgress.silent()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown image dataset 'cifar'; known: mnist, fashion-mnist, cifar10, stl10");
            assertThatThrownBy(() -> ImageDatasets.open("mnist", "unlabeled", root, false, DownloadProgress.silent()))
                    .hasMessage("MNIST has no split 'unlabeled'; splits: train, test");
        }

        @Test
        @DisplayName("without download, names the directory, the missing files and how to get them")
        void missing() {
            assertThatThrownBy(() -> ImageDatasets.open("mnist", "test", root, false, DownloadProgress.silent()))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessage("MNIST test: missing in " + root.resolve("mnist")
                            + ": t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz."
                            + " To get them: set data.download: true (gan4j downloads them from"
                            + " https://ossci-datasets.s3.amazonaws.com/mnist/), or put the files there,"
                            + " or set data.root (or the environment variable GAN4J_DATA) to a"
                            + " directory that holds mnist/");
            assertThatThrownBy(() -> ImageDatasets.open("stl10", "unlabeled", root, false, DownloadProgress.silent()))
                    .hasMessageStartingWith("STL-10 unlabeled: missing in " + root.resolve("stl10")
                            + ": stl10_binary/unlabeled_X.bin. To get them: set data.download: true"
                            + " (gan4j downloads http://ai.stanford.edu/~acoates/stl10/stl10_binary.tar.gz)");
        }

        @Test
        @DisplayName("says so when the root is not writable")
        void notWritable() throws IOException {
            Path file = Files.writeString(root.resolve("a-file"), "not a directory");
            Path under = file.resolve("datasets");
            assertThatThrownBy(() -> ImageDatasets.open("mnist", "train", under, true, DownloadProgress.silent()))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessageStartingWith("MNIST train: missing in " + under.resolve("mnist")
                            + ": train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz; cannot download"
                            + " them: cannot create " + under.resolve("mnist"))
                    .hasMessageEndingWith(". Put the files there, or set data.root (or the environment"
                            + " variable GAN4J_DATA) to a writable directory");
        }

        @Test
        @DisplayName("checks an MNIST header's counts before reading")
        void wrongHeader() {
            Path mnist = root.resolve("mnist");
            Path images = Fixtures.write(
                    mnist.resolve(IdxDataset.TEST_IMAGES),
                    Fixtures.gzip(Fixtures.idxImages(2, 28, 28, Fixtures::pattern)));
            Fixtures.write(mnist.resolve(IdxDataset.TEST_LABELS), Fixtures.gzip(Fixtures.idxLabels(1, 2)));
            assertThatThrownBy(() -> ImageDatasets.open("mnist", "test", root, false, DownloadProgress.silent()))
                    .hasMessage(images + ": the header declares 2 images of 28×28, expected 10000 images"
                            + " of 28×28 for MNIST test; it is not the file gan4j expects (delete it and"
                            + " set data.download: true to download it again)");
        }

        @Test
        @DisplayName("checks a CIFAR-10 file's length before reading")
        void wrongCifarLength() {
            Path dir = root.resolve("cifar10/cifar-10-batches-bin");
            Path test = Fixtures.write(dir.resolve("test_batch.bin"), Cifar10ReaderTest.records(0, 1, 2));
            assertThatThrownBy(() -> ImageDatasets.open("cifar10", "test", root, false, DownloadProgress.silent()))
                    .hasMessageStartingWith(test + ": its length is 6146 bytes, expected 30730000"
                            + " (10000 CIFAR-10 records of 3073 bytes)");
        }
    }

    @Nested
    @DisplayName("downloading from a local server")
    class Downloading {

        private final byte[] trainImages = Fixtures.gzip(Fixtures.idxImages(3, 2, 2, Fixtures::pattern));
        private final byte[] trainLabels = Fixtures.gzip(Fixtures.idxLabels(4, 0, 9));
        private final byte[] testImages = Fixtures.gzip(Fixtures.idxImages(1, 2, 2, Fixtures::pattern));
        private final byte[] testLabels = Fixtures.gzip(Fixtures.idxLabels(7));

        private DatasetCatalog tinyMnist() {
            server.serve("/mnist/" + IdxDataset.TRAIN_IMAGES, trainImages)
                    .serve("/mnist/" + IdxDataset.TRAIN_LABELS, trainLabels)
                    .serve("/mnist/" + IdxDataset.TEST_IMAGES, testImages)
                    .serve("/mnist/" + IdxDataset.TEST_LABELS, testLabels);
            return new DatasetCatalog(
                    List.of(new IdxDataset(
                            "mnist",
                            "MNIST",
                            "tiny",
                            server.url("/mnist/"),
                            Map.of(
                                    IdxDataset.TRAIN_IMAGES,
                                    DownloadTest.md5(trainImages),
                                    IdxDataset.TRAIN_LABELS,
                                    DownloadTest.md5(trainLabels),
                                    IdxDataset.TEST_IMAGES,
                                    DownloadTest.md5(testImages),
                                    IdxDataset.TEST_LABELS,
                                    DownloadTest.md5(testLabels)),
                            Map.of("train", 3, "test", 1),
                            2,
                            2)),
                    new Download(Duration.ofSeconds(10)));
        }

        @Test
        @DisplayName("fetches only the split's missing IDX files, then reads them")
        void idx() {
            ImageSource train = tinyMnist().open("mnist", "train", root, true, DownloadProgress.silent());
            assertThat(train.size()).isEqualTo(3);
            assertThat(train.label(2)).isEqualTo(9);
            assertThat(server.paths())
                    .containsExactly("/mnist/" + IdxDataset.TRAIN_IMAGES, "/mnist/" + IdxDataset.TRAIN_LABELS);
            assertThat(root.resolve("mnist").resolve(IdxDataset.TRAIN_IMAGES)).hasBinaryContent(trainImages);
            assertThat(root.resolve("mnist").resolve(IdxDataset.TEST_IMAGES)).doesNotExist();
        }

        @Test
        @DisplayName("extracts a CIFAR-10 .tar.gz into cifar10/cifar-10-batches-bin and deletes the archive")
        void cifarArchive() {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (int k = 1; k <= 5; k++) {
                entries.put(
                        "cifar-10-batches-bin/data_batch_" + k + ".bin", Cifar10ReaderTest.records(2 * k, k, 9 - k));
            }
            entries.put("cifar-10-batches-bin/test_batch.bin", Cifar10ReaderTest.records(0, 3, 3));
            byte[] archive = TarGz.of(entries);
            server.serve("/cifar-10-binary.tar.gz", archive);
            DatasetCatalog catalog = new DatasetCatalog(
                    List.of(new Cifar10Dataset(
                            RemoteFile.archive(server.url("/cifar-10-binary.tar.gz"), DownloadTest.md5(archive)), 2)),
                    new Download(Duration.ofSeconds(10)));

            ImageSource train = catalog.open("cifar10", "train", root, true, DownloadProgress.silent());
            assertThat(train.size()).isEqualTo(10);
            assertThat(train.label(4)).isEqualTo(3); // data_batch_3's first record
            assertThat(train.read(4)[0] & 0xff).isEqualTo(Cifar10ReaderTest.pixel(6, 0, 0, 0));
            assertThat(root.resolve("cifar10/cifar-10-batches-bin/test_batch.bin"))
                    .isRegularFile();
            assertThat(root.resolve("cifar10/cifar-10-binary.tar.gz")).doesNotExist();
            assertThat(root.resolve("cifar10/cifar-10-binary.tar.gz.part")).doesNotExist();

            ImageSource test = catalog.open("cifar10", "test", root, true, DownloadProgress.silent());
            assertThat(test.size()).isEqualTo(2);
            assertThat(server.paths()).hasSize(1); // the test split was already there
        }

        @Test
        @DisplayName("opens STL-10's train+unlabeled as train then unlabelled images")
        void stlArchive() {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("stl10_binary/train_X.bin", Stl10ReaderTest.columnMajor(2));
            entries.put("stl10_binary/train_y.bin", new byte[] {4, 7});
            entries.put("stl10_binary/unlabeled_X.bin", Stl10ReaderTest.columnMajor(3));
            byte[] archive = TarGz.of(entries);
            server.serve("/stl10_binary.tar.gz", archive);
            DatasetCatalog catalog = new DatasetCatalog(
                    List.of(new Stl10Dataset(
                            RemoteFile.archive(server.url("/stl10_binary.tar.gz"), DownloadTest.md5(archive)),
                            Map.of("train", 2, "test", 1, "unlabeled", 3))),
                    new Download(Duration.ofSeconds(10)));
            ImageSource both = catalog.open("stl10", "train+unlabeled", root, true, DownloadProgress.silent());
            assertThat(both.size()).isEqualTo(5);
            assertThat(both.classes()).isEqualTo(10);
            assertThat(new int[] {both.label(0), both.label(1), both.label(2), both.label(4)})
                    .containsExactly(3, 6, -1, -1);
            assertThat(both.read(3)[2 * 96 + 5] & 0xff).isEqualTo(Stl10ReaderTest.pixel(1, 0, 2, 5));
            assertThat(both.description())
                    .isEqualTo("STL-10 train+unlabeled: 5 images, 3×96×96, from "
                            + root.resolve("stl10/stl10_binary")
                                    .toAbsolutePath()
                                    .normalize());
        }

        @Test
        @DisplayName("a download that fails leaves no empty dataset directory in the data root")
        void failedDownloadLeavesNothing() throws IOException {
            DatasetCatalog catalog = new DatasetCatalog(
                    List.of(new IdxDataset(
                            "mnist",
                            "MNIST",
                            "tiny",
                            server.url("/none/"),
                            Map.of(
                                    IdxDataset.TRAIN_IMAGES,
                                    DownloadTest.md5(trainImages),
                                    IdxDataset.TRAIN_LABELS,
                                    DownloadTest.md5(trainLabels),
                                    IdxDataset.TEST_IMAGES,
                                    DownloadTest.md5(testImages),
                                    IdxDataset.TEST_LABELS,
                                    DownloadTest.md5(testLabels)),
                            Map.of("train", 3, "test", 1),
                            2,
                            2)),
                    new Download(Duration.ofSeconds(10)));
            assertThatThrownBy(() -> catalog.open("mnist", "train", root, true, DownloadProgress.silent()))
                    .isInstanceOf(ImageDataException.class)
                    .hasMessageContaining(IdxDataset.TRAIN_IMAGES);
            try (var left = Files.list(root)) {
                assertThat(left).isEmpty();
            }
            // a data root that did not exist is not left behind either, nor its missing parent
            Path fresh = root.resolve("new/datasets");
            assertThatThrownBy(() -> catalog.open("mnist", "train", fresh, true, DownloadProgress.silent()))
                    .isInstanceOf(ImageDataException.class);
            assertThat(root.resolve("new")).doesNotExist();
        }

        @Test
        @DisplayName("reports files an archive did not provide")
        void incompleteArchive() {
            byte[] archive = TarGz.of(Map.of("cifar-10-batches-bin/test_batch.bin", Cifar10ReaderTest.records(0, 3)));
            server.serve("/c.tar.gz", archive);
            DatasetCatalog catalog = new DatasetCatalog(
                    List.of(new Cifar10Dataset(
                            RemoteFile.archive(server.url("/c.tar.gz"), DownloadTest.md5(archive)), 1)),
                    new Download(Duration.ofSeconds(10)));
            assertThatThrownBy(() -> catalog.open("cifar10", "train", root, true, DownloadProgress.silent()))
                    .hasMessageStartingWith("CIFAR-10 train: still missing in " + root.resolve("cifar10")
                            + " after the download: cifar-10-batches-bin/data_batch_1.bin");
        }
    }
}
