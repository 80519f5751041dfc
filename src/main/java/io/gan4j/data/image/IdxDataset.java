package io.gan4j.data.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An MNIST-like dataset: the four gzip-compressed IDX files {@code train-images-idx3-ubyte.gz},
 * {@code train-labels-idx1-ubyte.gz}, {@code t10k-images-idx3-ubyte.gz},
 * {@code t10k-labels-idx1-ubyte.gz}, each downloaded as it is from a base URL. Before a split is
 * read, its headers are checked against the expected counts and image size.
 */
final class IdxDataset implements DatasetDefinition {

    static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    private final String name;
    private final String title;
    private final String about;
    private final String baseUrl;
    private final Map<String, Checksum> checksums;
    private final Map<String, Integer> counts;
    private final int rows;
    private final int columns;

    /**
     * @param baseUrl   the URL the four file names are appended to (ending in {@code /})
     * @param checksums each file name's digest
     * @param counts    the expected image count of {@code train} and {@code test}
     */
    IdxDataset(
            String name,
            String title,
            String about,
            String baseUrl,
            Map<String, Checksum> checksums,
            Map<String, Integer> counts,
            int rows,
            int columns) {
        this.name = name;
        this.title = title;
        this.about = about;
        this.baseUrl = baseUrl;
        this.checksums = Map.copyOf(checksums);
        this.counts = Map.copyOf(counts);
        this.rows = rows;
        this.columns = columns;
    }

    /** 60,000 training and 10,000 test images of 28×28, the size of MNIST and Fashion-MNIST. */
    static IdxDataset mnistSized(
            String name, String title, String about, String baseUrl, Map<String, Checksum> checksums) {
        return new IdxDataset(name, title, about, baseUrl, checksums, Map.of("train", 60_000, "test", 10_000), 28, 28);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String directory() {
        return name;
    }

    @Override
    public List<String> splits() {
        return List.of("train", "test");
    }

    @Override
    public String about() {
        return about + ", from " + baseUrl;
    }

    @Override
    public List<String> files(String split) {
        return split.equals("train") ? List.of(TRAIN_IMAGES, TRAIN_LABELS) : List.of(TEST_IMAGES, TEST_LABELS);
    }

    @Override
    public List<RemoteFile> downloads() {
        return List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS).stream()
                .map(file -> RemoteFile.plain(baseUrl, file, checksums.get(file)))
                .toList();
    }

    @Override
    public ImageSource open(String split, Path directory) {
        List<String> files = files(split);
        Path images = directory.resolve(files.get(0));
        Path labels = directory.resolve(files.get(1));
        int count = counts.get(split);
        String what = " for " + title + " " + split;
        IdxHeader header = IdxHeader.ofImages(images);
        if (header.count() != count || header.rows() != rows || header.columns() != columns) {
            throw new ImageDataException(images + ": the header declares " + header.count()
                    + " images of " + header.rows() + "×" + header.columns() + ", expected "
                    + count + " images of " + rows + "×" + columns + what + notOurs());
        }
        IdxHeader labelHeader = IdxHeader.ofLabels(labels);
        if (labelHeader.count() != count) {
            throw new ImageDataException(labels + ": the header declares " + labelHeader.count() + " labels, expected "
                    + count + what + notOurs());
        }
        return IdxReader.read(images, labels, title + " " + split);
    }

    static String notOurs() {
        return "; it is not the file gan4j expects (delete it and set data.download: true to" + " download it again)";
    }
}
