package com.reelwise.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback-only HTTP server that answers from a table of canned responses and records every request. */
final class StubServer implements AutoCloseable {

    /** A canned answer; {@code headers} are added to the response. */
    record Reply(int status, byte[] body, Map<String, String> headers) {
        static Reply of(int status, String body) {
            return new Reply(status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        }
    }

    /** What the server saw: path with query, and the Authorization header (or null). */
    record Seen(String pathAndQuery, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, List<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    StubServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers {@code path} with the replies in turn; the last one repeats. */
    StubServer on(String path, Reply... answers) {
        replies.put(path, new CopyOnWriteArrayList<>(List.of(answers)));
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Seen> requests() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        seen.add(new Seen(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                exchange.getRequestHeaders().getFirst("Authorization")));
        List<Reply> queue = replies.get(uri.getPath());
        Reply reply = queue == null ? Reply.of(404, "not stubbed")
                : queue.size() > 1 ? queue.remove(0) : queue.get(0);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (var out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
