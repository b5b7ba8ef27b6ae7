package io.hearth.platform.file.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An S3-compatible object store through its REST API (PutObject, GetObject, DeleteObject), each request signed
 * with Signature Version 4 and its payload hash (S3 rejects a body that does not match). Path style
 * ({@code <endpoint>/<bucket>/<key>}, MinIO and most self-hosted stores) or virtual-host style
 * ({@code <bucket>.<endpoint host>/<key>}, AWS). Error messages carry the HTTP status and S3's error code,
 * never the URL or the credentials.
 */
public class S3FileStorage implements FileStorage {

    /** Endpoint, bucket, credentials and timeouts; {@link #toString()} hides the secret. */
    public record Settings(URI endpoint, String region, String bucket, boolean pathStyle, String accessKeyId,
            String secretAccessKey, Duration connectTimeout, Duration readTimeout) {

        @Override
        public String toString() {
            return "S3[" + endpoint + ", " + region + ", bucket " + bucket + (pathStyle ? ", path style" : "") + "]";
        }
    }

    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");

    private final Settings settings;
    private final S3Signature signature;
    private final HttpClient http;
    private final Clock clock;

    public S3FileStorage(Settings settings) {
        this(settings, Clock.systemUTC());
    }

    S3FileStorage(Settings settings, Clock clock) {
        this.settings = settings;
        this.signature = new S3Signature(settings.accessKeyId(), settings.secretAccessKey(), settings.region());
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType, String sha256) throws IOException {
        HttpRequest request = signed("PUT", key, Map.of("content-type", contentType), sha256.toLowerCase(),
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> content), length));
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw failure("PUT", response.statusCode(), response.body());
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        HttpRequest request = signed("GET", key, Map.of(), S3Signature.EMPTY_SHA256, HttpRequest.BodyPublishers.noBody());
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) {
            return response.body();
        }
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
        if (response.statusCode() == 404) {
            throw new NoSuchFileException(key);
        }
        throw failure("GET", response.statusCode(), body);
    }

    @Override
    public void delete(String key) throws IOException {
        HttpRequest request = signed("DELETE", key, Map.of(), S3Signature.EMPTY_SHA256, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status != 204 && status != 200 && status != 404) {
            throw failure("DELETE", status, response.body());
        }
    }

    /** The object's URL for this addressing style. */
    URI objectUri(String key) {
        URI endpoint = settings.endpoint();
        String path = S3Signature.encodePath(FileStorage.requireValidKey(key));
        String base = endpoint.getPath() == null ? "" : endpoint.getPath().replaceAll("/+$", "");
        String authority = settings.pathStyle() ? endpoint.getRawAuthority() : settings.bucket() + "." + endpoint.getRawAuthority();
        String fullPath = base + (settings.pathStyle() ? "/" + settings.bucket() : "") + "/" + path;
        return URI.create(endpoint.getScheme() + "://" + authority + fullPath);
    }

    /** The Host header the JDK client sends for {@code uri}: the port only when it is not the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) ? port == 443 : port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private HttpRequest signed(String method, String key, Map<String, String> extraHeaders, String payloadSha256,
            HttpRequest.BodyPublisher body) {
        URI uri = objectUri(key);
        var now = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("host", hostHeader(uri));
        headers.put("x-amz-date", S3Signature.amzDate(now));
        headers.put("x-amz-content-sha256", payloadSha256);
        String authorization = signature.authorization(method, uri.getRawPath(), "", headers, payloadSha256, now);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).method(method, body);
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                b.header(name, value);
            }
        });
        return b.header("Authorization", authorization).build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (HttpTimeoutException e) {
            throw new IOException("S3 " + request.method() + ": no answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("S3 " + request.method() + ": interrupted", e);
        }
    }

    private static IOException failure(String method, int status, String body) {
        Matcher code = ERROR_CODE.matcher(body == null ? "" : body);
        return new IOException("S3 " + method + " answered HTTP " + status + (code.find() ? " " + code.group(1) : ""));
    }

    @Override
    public String toString() {
        return "S3FileStorage" + settings;
    }
}
