package io.gan4j.data.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * STL-10's binary version under {@code stl10/}: the archive {@code stl10_binary.tar.gz} extracts
 * to {@code stl10_binary/} with {@code train_X.bin}/{@code train_y.bin} (5,000 labelled images),
 * {@code test_X.bin}/{@code test_y.bin} (8,000) and {@code unlabeled_X.bin} (100,000). The
 * {@code train+unlabeled} split (SNGAN's choice) is train followed by unlabeled (labels -1).
 * Images are memory-mapped; each {@code _X} file's length is checked before it is read.
 */
final class Stl10Dataset implements DatasetDefinition {

    static final String FOLDER = "stl10_binary/";

    private final RemoteFile archive;
    private final Map<String, Integer> counts;

    /**
     * @param counts the expected image count of {@code train}, {@code test}, {@code unlabeled}
     */
    Stl10Dataset(RemoteFile archive, Map<String, Integer> counts) {
        this.archive = archive;
        this.counts = Map.copyOf(counts);
    }

    @Override
    public String name() {
        return "stl10";
    }

    @Override
    public String title() {
        return "STL-10";
    }

    @Override
    public String directory() {
        return "stl10";
    }

    @Override
    public List<String> splits() {
        return List.of("train", "test", "unlabeled", "train+unlabeled");
    }

    @Override
    public String about() {
        return "STL-10, 96×96 colour images, 10 classes plus 100,000 unlabelled (Coates et al. 2011)," + " from "
                + archive.url();
    }

    @Override
    public List<String> files(String split) {
        return switch (split) {
            case "train" -> List.of(FOLDER + "train_X.bin", FOLDER + "train_y.bin");
            case "test" -> List.of(FOLDER + "test_X.bin", FOLDER + "test_y.bin");
            case "unlabeled" -> List.of(FOLDER + "unlabeled_X.bin");
            default -> List.of(FOLDER + "train_X.bin", FOLDER + "train_y.bin", FOLDER + "unlabeled_X.bin");
        };
    }

    @Override
    public List<RemoteFile> downloads() {
        return List.of(archive);
    }

    @Override
    public ImageSource open(String split, Path directory) {
        if (split.equals("train+unlabeled")) {
            ImageSource train = part("train", directory);
            ImageSource unlabeled = part("unlabeled", directory);
            return ConcatenatedImages.of(
                    Describe.of(
                            "STL-10 train+unlabeled",
                            train.size() + unlabeled.size(),
                            3,
                            96,
                            96,
                            directory.resolve(FOLDER)),
                    List.of(train, unlabeled));
        }
        return part(split, directory);
    }

    private ImageSource part(String split, Path directory) {
        List<String> files = files(split);
        Path images = directory.resolve(files.get(0));
        long expected = (long) counts.get(split) * Stl10Reader.IMAGE_BYTES;
        long length = Cifar10Dataset.length(images);
        if (length != expected) {
            throw new ImageDataException(images + ": its length is " + length + " bytes, expected "
                    + expected + " (" + counts.get(split) + " images of 3×96×96)"
                    + IdxDataset.notOurs());
        }
        Path labels = files.size() > 1 ? directory.resolve(files.get(1)) : null;
        return Stl10Reader.read(images, labels, "STL-10 " + split);
    }
}
