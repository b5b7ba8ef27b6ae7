package io.hearth.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for an S3-compatible store (path style, one bucket) on a loopback port, because no real one is
 * reachable from the build. It checks every request the way S3 does, with its own code (not the platform's
 * signer): Signature Version 4 recomputed from the request as received (method, raw path, the signed headers'
 * received values), credential scope and clock skew, and for uploads the payload's SHA-256 against
 * {@code x-amz-content-sha256}. Objects are kept in memory.
 */
public final class FakeS3Server implements AutoCloseable {

    public record StoredObject(byte[] content, String contentType) {
    }

    public record Received(String method, String path, Map<String, List<String>> headers, int status) {
    }

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String bucket;
    private final String region;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int outageStatus;

    private FakeS3Server(String bucket, String region, String accessKeyId, String secretAccessKey) throws IOException {
        this.bucket = bucket;
        this.region = region;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeS3Server start(String bucket, String region, String accessKeyId, String secretAccessKey) {
        try {
            return new FakeS3Server(bucket, region, accessKeyId, secretAccessKey);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake S3 server", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Map<String, StoredObject> objects() {
        return Map.copyOf(objects);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Answer every request with this status (e.g. 503) until set back to 0. */
    public void outage(int status) {
        outageStatus = status;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            byte[] answer = new byte[0];
            String answerType = "application/xml";
            String refusal = outageStatus != 0 ? "ServiceUnavailable" : verify(exchange, body);
            String path = exchange.getRequestURI().getRawPath();
            String prefix = "/" + bucket + "/";
            if (refusal != null) {
                status = outageStatus != 0 ? outageStatus : refusal.equals("XAmzContentSHA256Mismatch") ? 400 : 403;
                answer = error(refusal);
            } else if (!path.startsWith(prefix)) {
                status = 404;
                answer = error("NoSuchBucket");
            } else {
                String key = java.net.URLDecoder.decode(path.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
                switch (exchange.getRequestMethod()) {
                    case "PUT" -> {
                        objects.put(key, new StoredObject(body, exchange.getRequestHeaders().getFirst("Content-Type")));
                        status = 200;
                    }
                    case "GET" -> {
                        StoredObject o = objects.get(key);
                        if (o == null) {
                            status = 404;
                            answer = error("NoSuchKey");
                        } else {
                            status = 200;
                            answer = o.content();
                            answerType = o.contentType();
                        }
                    }
                    case "DELETE" -> {
                        objects.remove(key);
                        status = 204;
                    }
                    default -> {
                        status = 405;
                        answer = error("MethodNotAllowed");
                    }
                }
            }
            received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), status));
            exchange.getResponseHeaders().set("Content-Type", answerType);
            exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
            if (status != 204) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    /** Why S3 would refuse the request (its error code), or null when the signature holds. */
    private String verify(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (m == null || !m.matches()) {
            return "AccessDenied";
        }
        if (!m.group(1).equals(accessKeyId)) {
            return "InvalidAccessKeyId";
        }
        String amzDate = exchange.getRequestHeaders().getFirst("x-amz-date");
        String payloadHash = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        List<String> signed = Arrays.asList(m.group(4).split(";"));
        if (amzDate == null || payloadHash == null || !signed.containsAll(List.of("host", "x-amz-date", "x-amz-content-sha256"))
                || !amzDate.startsWith(m.group(2)) || !m.group(3).equals(region)) {
            return "AuthorizationHeaderMalformed";
        }
        Instant sent = Instant.from(AMZ_DATE.parse(amzDate));
        if (Duration.between(sent, Instant.now()).abs().compareTo(Duration.ofMinutes(15)) > 0) {
            return "RequestTimeTooSkewed";
        }
        if (!payloadHash.equals(hex(digest(body)))) {
            return "XAmzContentSHA256Mismatch";
        }
        StringBuilder canonical = new StringBuilder()
                .append(exchange.getRequestMethod()).append('\n')
                .append(exchange.getRequestURI().getRawPath()).append('\n')
                .append(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery()).append('\n');
        for (String name : signed) {
            List<String> values = exchange.getRequestHeaders().get(name);
            if (values == null) {
                return "AccessDenied";
            }
            canonical.append(name).append(':').append(String.join(",", values).trim()).append('\n');
        }
        canonical.append('\n').append(m.group(4)).append('\n').append(payloadHash);
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + m.group(2) + "/" + region + "/s3/aws4_request\n"
                + hex(digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
        for (String part : List.of(m.group(2), region, "s3", "aws4_request", stringToSign)) {
            key = hmac(key, part);
        }
        return hex(key).equals(m.group(5)) ? null : "SignatureDoesNotMatch";
    }

    private static byte[] error(String code) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>fake</Message></Error>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
