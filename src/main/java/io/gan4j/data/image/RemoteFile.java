package io.gan4j.data.image;

import java.util.Objects;

/**
 * A file gan4j can download: where from, under which name, with which checksum, and whether it
 * is a {@code .tar.gz} archive to extract into the dataset's directory.
 *
 * @param url      the full URL
 * @param fileName the name it is saved as in the dataset's directory
 * @param checksum its expected digest
 * @param archive  whether to extract it (then delete it)
 */
public record RemoteFile(String url, String fileName, Checksum checksum, boolean archive) {

    /** Checks that nothing is missing. */
    public RemoteFile {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(checksum, "checksum");
    }

    /** A plain file {@code baseUrl + fileName}, kept as it is. */
    public static RemoteFile plain(String baseUrl, String fileName, Checksum checksum) {
        return new RemoteFile(baseUrl + fileName, fileName, checksum, false);
    }

    /** A {@code .tar.gz} archive at {@code url}, extracted after download. */
    public static RemoteFile archive(String url, Checksum checksum) {
        return new RemoteFile(url, url.substring(url.lastIndexOf('/') + 1), checksum, true);
    }
}
