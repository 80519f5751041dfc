package io.gan4j.data.image;

import java.nio.file.Path;
import java.util.List;

/**
 * One dataset of the {@link DatasetCatalog}: its name, splits, files under the data root, where
 * they come from, and how a split is read once they are there.
 */
interface DatasetDefinition {

    /** The name configs use, e.g. {@code "mnist"}. */
    String name();

    /** The name people use, e.g. {@code "MNIST"}. */
    String title();

    /** Its directory under the data root, e.g. {@code "mnist"}. */
    String directory();

    /** Its splits, e.g. {@code train}, {@code test}. */
    List<String> splits();

    /** One line: what it is and where it comes from. */
    String about();

    /** The files a split needs, relative to {@link #directory()}. */
    List<String> files(String split);

    /** What to download (and extract, for archives) to get every file. */
    List<RemoteFile> downloads();

    /**
     * Opens a split whose files are all present in {@code directory}, checking cheaply (headers,
     * lengths) that they are the expected ones.
     */
    ImageSource open(String split, Path directory);
}
