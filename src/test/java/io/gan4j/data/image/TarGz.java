package io.gan4j.data.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds {@code .tar.gz} fixtures in memory with commons-compress. */
final class TarGz {

    private TarGz() {}

    /** An archive of the given entries (name → bytes), in the map's order, with their folders. */
    static byte[] of(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                String name = entry.getKey();
                int slash = name.lastIndexOf('/');
                if (slash > 0) {
                    tar.putArchiveEntry(new TarArchiveEntry(name.substring(0, slash + 1)));
                    tar.closeArchiveEntry();
                }
                TarArchiveEntry file = new TarArchiveEntry(name);
                file.setSize(entry.getValue().length);
                tar.putArchiveEntry(file);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
