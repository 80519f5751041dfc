package io.gan4j.data.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CIFAR-10's binary version under {@code cifar10/}: the archive
 * {@code cifar-10-binary.tar.gz} extracts to {@code cifar-10-batches-bin/data_batch_1..5.bin}
 * (train, 50,000 images) and {@code test_batch.bin} (test, 10,000). Before a split is read, each
 * file's length is checked against the expected number of 3073-byte records.
 */
final class Cifar10Dataset implements DatasetDefinition {

    static final String FOLDER = "cifar-10-batches-bin/";

    private final RemoteFile archive;
    private final int recordsPerFile;

    /** The dataset from {@code archive}, each batch file holding {@code recordsPerFile} records. */
    Cifar10Dataset(RemoteFile archive, int recordsPerFile) {
        this.archive = archive;
        this.recordsPerFile = recordsPerFile;
    }

    @Override
    public String name() {
        return "cifar10";
    }

    @Override
    public String title() {
        return "CIFAR-10";
    }

    @Override
    public String directory() {
        return "cifar10";
    }

    @Override
    public List<String> splits() {
        return List.of("train", "test");
    }

    @Override
    public String about() {
        return "CIFAR-10, 32×32 colour images in 10 classes (Krizhevsky 2009), binary version, from " + archive.url();
    }

    @Override
    public List<String> files(String split) {
        if (split.equals("test")) {
            return List.of(FOLDER + "test_batch.bin");
        }
        List<String> files = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            files.add(FOLDER + "data_batch_" + k + ".bin");
        }
        return files;
    }

    @Override
    public List<RemoteFile> downloads() {
        return List.of(archive);
    }

    @Override
    public ImageSource open(String split, Path directory) {
        List<Path> paths = new ArrayList<>();
        long expected = (long) recordsPerFile * Cifar10Reader.RECORD_BYTES;
        for (String file : files(split)) {
            Path path = directory.resolve(file);
            long length = length(path);
            if (length != expected) {
                throw new ImageDataException(path + ": its length is " + length + " bytes, expected "
                        + expected + " (" + recordsPerFile + " CIFAR-10 records of "
                        + Cifar10Reader.RECORD_BYTES + " bytes)" + IdxDataset.notOurs());
            }
            paths.add(path);
        }
        return Cifar10Reader.read(paths, "CIFAR-10 " + split);
    }

    static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImageDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
