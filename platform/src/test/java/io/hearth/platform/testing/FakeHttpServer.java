package io.hearth.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a third-party HTTP API on a free loopback port: answers every request with the answer set
 * last (optionally after a delay, to provoke client timeouts), or computes each answer with a {@link #handler}
 * (a stand-in that checks signatures and keeps state), and records what it received, raw query and body included.
 */
public final class FakeHttpServer implements AutoCloseable {

    public record Request(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

        /** The first value of a header, any case. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                    return h.getValue().get(0);
                }
            }
            return null;
        }

        /** The query decoded into names and values, in the order sent. */
        public Map<String, String> query() {
            Map<String, String> params = new LinkedHashMap<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return params;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return params;
        }
    }

    private record Answer(int status, String contentType, String body, Duration delay) {
    }

    /** A computed answer: status, headers (Content-Type among them) and body ("" for none). */
    public record Reply(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Answer answer = new Answer(404, "text/plain", "no answer set", Duration.ZERO);
    private volatile java.util.function.Function<Request, Reply> handler;

    private FakeHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeHttpServer start() {
        try {
            return new FakeHttpServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake server", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void answer(int status, String contentType, String body) {
        answer = new Answer(status, contentType, body, Duration.ZERO);
    }

    /** Answers only after {@code delay} (or when the server closes, whichever comes first). */
    public void answerAfter(Duration delay, int status, String contentType, String body) {
        answer = new Answer(status, contentType, body, delay);
    }

    /** From now on every request is answered by {@code handler} instead of the fixed answer. */
    public void handler(java.util.function.Function<Request, Reply> handler) {
        this.handler = handler;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size());
        }
        return requests.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), received);
        requests.add(request);
        java.util.function.Function<Request, Reply> computing = handler;
        if (computing != null) {
            reply(exchange, computing.apply(request));
            return;
        }
        Answer current = answer;
        try {
            if (!current.delay().isZero()) {
                closing.await(current.delay().toMillis(), TimeUnit.MILLISECONDS);
            }
            byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", current.contentType());
            exchange.sendResponseHeaders(current.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout test): nothing left to answer
        } finally {
            exchange.close();
        }
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        try {
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
