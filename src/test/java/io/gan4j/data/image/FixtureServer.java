package io.gan4j.data.image;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server on a free port serving fixture bytes by path, honouring
 * {@code Range: bytes=N-} with a 206, answering 404 for anything else, and recording every
 * request's Range header. {@link #cutFirstAtHalf} makes the first response to a path close the
 * connection after half its bytes; {@link #ignoreRange} makes it answer 200 with everything.
 */
public final class FixtureServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Boolean> cut = new ConcurrentHashMap<>();
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private volatile boolean ignoreRange;
    private volatile long delayMillis;

    public FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code bytes} at {@code path} (starting with {@code /}). */
    public FixtureServer serve(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    /** The first response to {@code path} sends half the bytes, then closes the connection. */
    FixtureServer cutFirstAtHalf(String path) {
        cut.put(path, true);
        return this;
    }

    /** From now on, answer every request with the whole file and a 200, as some servers do. */
    FixtureServer ignoreRange() {
        ignoreRange = true;
        return this;
    }

    /** From now on, wait {@code millis} before answering. */
    FixtureServer delay(long millis) {
        delayMillis = millis;
        return this;
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + path;
    }

    /** The Range header of every request so far ("none" where absent). */
    List<String> ranges() {
        return ranges;
    }

    /** The path of every request so far. */
    List<String> paths() {
        return paths;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        ranges.add(range == null ? "none" : range);
        paths.add(path);
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = files.get(path);
        if (bytes == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        int from = 0;
        Matcher matcher = RANGE.matcher(range == null || ignoreRange ? "" : range);
        if (matcher.matches()) {
            from = Integer.parseInt(matcher.group(1));
            if (from >= bytes.length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
                exchange.sendResponseHeaders(416, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders()
                    .set("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
            exchange.sendResponseHeaders(206, bytes.length - from);
        } else {
            exchange.sendResponseHeaders(200, bytes.length);
        }
        OutputStream body = exchange.getResponseBody();
        if (cut.remove(path) != null) {
            body.write(bytes, from, (bytes.length - from) / 2);
            body.flush();
            exchange.close(); // fewer bytes than announced: the server drops the connection
            return;
        }
        body.write(bytes, from, bytes.length - from);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
