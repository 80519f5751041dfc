package io.gan4j.data.image;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one file with {@link HttpClient}: into {@code <file>.part}, resumable, checksummed,
 * then renamed into place atomically, so nothing half-written ever carries the final name.
 *
 * <ul>
 *   <li><b>resume</b>: if {@code <file>.part} exists, the request asks for
 *       {@code Range: bytes=<its length>-}; a 206 from that offset appends, a 200 restarts from
 *       the start, a 416 (nothing left to send) means the part is complete;</li>
 *   <li><b>interruption</b>: a broken connection keeps the {@code .part} (holding every byte
 *       received) for the next attempt;</li>
 *   <li><b>checksum</b>: after the last byte, the digest of the whole part must be the expected
 *       one; if not, the part is deleted and the error names the file, the URL and both
 *       digests;</li>
 *   <li><b>success</b>: the part is forced to disk and atomically renamed to the final name.</li>
 * </ul>
 * Timeouts (connecting, and waiting for the response headers) and HTTP errors are reported with
 * the URL and the status.
 */
public final class Download {

    /** How long to wait to connect and for the response headers. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final HttpClient client;
    private final Duration timeout;

    /** Downloads with {@link #DEFAULT_TIMEOUT}. */
    public Download() {
        this(DEFAULT_TIMEOUT);
    }

    /** Downloads with {@code timeout} to connect and to receive the response headers. */
    public Download(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * Downloads {@code url} to {@code target}, unless {@code target} already exists.
     *
     * @return {@code target}
     * @throws ImageDataException on an HTTP error, a timeout, a broken connection (the part is
     *     kept) or a checksum mismatch (the part is deleted)
     */
    public Path fetch(String url, Path target, Checksum checksum, DownloadProgress progress) {
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        String name = target.getFileName().toString();
        long have = size(part);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        PartWriter[] writer = new PartWriter[1];
        HttpResponse<Long> response = send(request.build(), url, part, info -> {
            int status = info.statusCode();
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (status == 200) {
                writer[0] = new PartWriter(part, false, 0, checksum.newDigest(), length, progress, name);
            } else if (status == 206 && have > 0 && rangeStart(info) == have) {
                MessageDigest digest = digestOf(part, checksum);
                writer[0] = new PartWriter(part, true, have, digest, length < 0 ? -1 : have + length, progress, name);
            } else {
                return BodySubscribers.replacing(-1L);
            }
            return writer[0];
        });
        int status = response.statusCode();
        MessageDigest digest;
        if (writer[0] != null) {
            digest = writer[0].digest();
        } else if (status == 416 && have > 0) {
            digest = digestOf(part, checksum); // the part already holds every byte
        } else if (status == 206 && have > 0) {
            delete(part); // a range we did not ask for: start again from nothing
            return fetch(url, target, checksum, progress);
        } else {
            throw new ImageDataException(
                    "GET " + url + ": HTTP status " + status + (status == 404 ? " (not found)" : ""));
        }
        verifyAndRename(url, part, target, checksum, Checksum.hex(digest));
        progress.finished(name, size(target));
        return target;
    }

    private HttpResponse<Long> send(
            HttpRequest request, String url, Path part, HttpResponse.BodyHandler<Long> handler) {
        try {
            return client.send(request, handler);
        } catch (HttpConnectTimeoutException e) {
            throw new ImageDataException("GET " + url + ": cannot connect within " + seconds(timeout), e);
        } catch (HttpTimeoutException e) {
            throw new ImageDataException("GET " + url + ": no response within " + seconds(timeout), e);
        } catch (ConnectException e) {
            throw new ImageDataException(
                    "GET " + url + ": cannot connect ("
                            + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")",
                    e);
        } catch (IOException e) {
            long kept = size(part);
            throw new ImageDataException(
                    "GET " + url + " failed: " + e
                            + (kept > 0
                                    ? "; " + part + " keeps the " + kept
                                            + " bytes received and the next attempt resumes from there"
                                    : ""),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageDataException("GET " + url + ": interrupted", e);
        }
    }

    private static void verifyAndRename(String url, Path part, Path target, Checksum expected, String found) {
        if (!found.equals(expected.hex())) {
            delete(part);
            throw new ImageDataException(target + ": checksum mismatch for " + url + ": expected "
                    + expected.algorithm() + " " + expected.hex() + ", found " + found
                    + "; the download was deleted");
        }
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true); // a part completed by an earlier attempt may not be on disk yet
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ImageDataException("cannot rename " + part + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    /** The first byte of a 206's {@code Content-Range}, or -1. */
    private static long rangeStart(HttpResponse.ResponseInfo info) {
        String range = info.headers().firstValue("Content-Range").orElse("");
        Matcher matcher = CONTENT_RANGE.matcher(range.trim());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static MessageDigest digestOf(Path file, Checksum checksum) {
        MessageDigest digest = checksum.newDigest();
        byte[] block = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                digest.update(block, 0, n);
            }
        } catch (IOException e) {
            throw new ImageDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return digest;
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ImageDataException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
