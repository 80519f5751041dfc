package io.gan4j.data.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts a {@code .tar.gz} archive (commons-compress) into a directory. Only regular files
 * are written (directories are created as needed; links and devices are skipped), each through a
 * temporary file in its own directory, forced to disk and atomically renamed, so an interrupted
 * extraction leaves whole files or none. An entry whose path would land outside the directory is
 * an error naming the archive and the entry.
 */
public final class TarGzArchive {

    private TarGzArchive() {}

    /**
     * Extracts every regular file of {@code archive} below {@code into}.
     *
     * @return the files written, in archive order
     * @throws ImageDataException if the archive is corrupt or an entry escapes {@code into}
     */
    public static List<Path> extract(Path archive, Path into) {
        Path root = into.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (!entry.isFile()) {
                    continue;
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new ImageDataException(
                            archive + ": entry '" + entry.getName() + "' would be written outside " + root);
                }
                writeAtomically(tar, target);
                written.add(target);
            }
        } catch (IOException e) {
            throw new ImageDataException("cannot extract " + archive + " into " + into + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static void writeAtomically(InputStream content, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".extracting");
        try {
            try (FileChannel out = FileChannel.open(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.transferTo(Channels.newOutputStream(out));
                out.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
