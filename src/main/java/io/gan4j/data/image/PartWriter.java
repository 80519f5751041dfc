package io.gan4j.data.image;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Writes a response body to a {@code .part} file as it arrives (appending after a resume, or
 * from the start), feeding the digest and the progress. Every block is on disk before the next is
 * asked for, so when the connection breaks the file holds exactly the bytes received, and the
 * next attempt resumes from its length. On completion the file is forced to disk.
 */
final class PartWriter implements BodySubscriber<Long> {

    private final Path part;
    private final MessageDigest digest;
    private final long total;
    private final DownloadProgress progress;
    private final String name;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private FileChannel out;
    private Flow.Subscription subscription;
    private long bytes;

    /**
     * @param part     the {@code .part} file
     * @param append   whether to keep the file's {@code have} bytes and append (after a 206)
     * @param have     bytes already in the file (and in {@code digest}) when appending
     * @param digest   the digest to feed, holding the first {@code have} bytes when appending
     * @param total    the complete file's size, or -1 if unknown
     * @param progress told after every block
     * @param name     the file's name for the progress
     */
    PartWriter(
            Path part,
            boolean append,
            long have,
            MessageDigest digest,
            long total,
            DownloadProgress progress,
            String name) {
        this.part = part;
        this.digest = digest;
        this.total = total;
        this.progress = progress;
        this.name = name;
        this.bytes = append ? have : 0;
        try {
            out = append
                    ? FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                    : FileChannel.open(
                            part,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    /** The digest of the bytes in the file (call once, after the body completed). */
    MessageDigest digest() {
        return digest;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        try {
            for (ByteBuffer buffer : buffers) {
                digest.update(buffer.duplicate());
                while (buffer.hasRemaining()) {
                    bytes += out.write(buffer);
                }
            }
            progress.update(name, bytes, total);
            subscription.request(1);
        } catch (IOException | RuntimeException e) {
            subscription.cancel();
            closeQuietly();
            result.completeExceptionally(e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        closeQuietly();
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        try {
            out.force(true);
            out.close();
            result.complete(bytes);
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    private void closeQuietly() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the failure being reported matters more than this one
        }
    }

    @Override
    public String toString() {
        return "writing " + part;
    }
}
