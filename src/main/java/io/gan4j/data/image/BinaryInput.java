package io.gan4j.data.image;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A data file read from the start, plain or gzip-compressed (recognised by its first two bytes,
 * 1f 8b, not by its name), that knows its offset, so that every error names the file and where
 * the data stopped. For a gzip file the offsets are those of the decompressed content.
 */
final class BinaryInput implements AutoCloseable {

    private final Path file;
    private final InputStream in;
    private final boolean gzip;
    private long offset;

    private BinaryInput(Path file, InputStream in, boolean gzip) {
        this.file = file;
        this.in = in;
        this.gzip = gzip;
    }

    /** Opens {@code file}, decompressing it if it starts with the gzip magic bytes. */
    static BinaryInput open(Path file) {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new BinaryInput(file, in, gzip);
        } catch (ZipException e) {
            throw new ImageDataException(file + ": not a valid gzip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImageDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file is gzip-compressed. */
    boolean gzip() {
        return gzip;
    }

    /** Reads a big-endian 32-bit integer, {@code what} naming it in the error if the file ends. */
    int readInt(String what) {
        byte[] four = new byte[4];
        readFully(four, 0, 4, what);
        return ((four[0] & 0xff) << 24) | ((four[1] & 0xff) << 16) | ((four[2] & 0xff) << 8) | (four[3] & 0xff);
    }

    /**
     * Reads exactly {@code length} bytes into {@code dst} at {@code at}.
     *
     * @throws ImageDataException if the file ends first: "FILE: expected N bytes of WHAT from
     *     offset A, the file ends at offset B"
     */
    void readFully(byte[] dst, int at, int length, String what) {
        long start = offset;
        int done = 0;
        while (done < length) {
            int n = read(dst, at + done, length - done);
            if (n < 0) {
                throw new ImageDataException(file + ": expected " + length + " bytes of " + what
                        + " from offset " + start + ", the file ends at offset " + offset
                        + (gzip ? " (offsets in its decompressed content)" : ""));
            }
            done += n;
            offset += n;
        }
    }

    /** Checks that nothing follows the data the header declared. */
    void expectEnd(String declared) {
        byte[] one = new byte[1];
        if (read(one, 0, 1) >= 0) {
            throw new ImageDataException(
                    file + ": unexpected data after offset " + offset + " (the header declares " + declared + ")");
        }
    }

    private int read(byte[] dst, int at, int length) {
        try {
            return in.read(dst, at, length);
        } catch (EOFException e) {
            return -1; // a gzip stream cut short: reported by the caller as the end of the file
        } catch (IOException e) {
            throw new ImageDataException(
                    file + ": cannot read at offset " + offset + (gzip ? " of its decompressed content" : "") + ": "
                            + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new ImageDataException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
