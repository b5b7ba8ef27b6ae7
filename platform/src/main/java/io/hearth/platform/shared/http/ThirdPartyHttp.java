package io.hearth.platform.shared.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calls a third-party API with the JDK client (GET, or POST of a JSON body). The connect timeout bounds opening the connection, the read
 * timeout the wait for the answer once the request is sent. Redirects are not followed: an API that redirects
 * is misconfigured, and following could carry query secrets elsewhere.
 */
public class ThirdPartyHttp {

    private final HttpClient http;
    private final Duration readTimeout;

    public ThirdPartyHttp(Duration connectTimeout, Duration readTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
    }

    public ThirdPartyAnswer get(URI uri) throws NoAnswerException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    /** POSTs {@code body} (UTF-8) with the given headers; the caller sets Content-Type and any signature. */
    public ThirdPartyAnswer post(URI uri, Map<String, String> headers, String body) throws NoAnswerException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    private ThirdPartyAnswer send(HttpRequest request) throws NoAnswerException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, List<String>> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            return new ThirdPartyAnswer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body(), Map.copyOf(headers));
        } catch (HttpTimeoutException e) {
            throw new NoAnswerException("no answer in time (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new NoAnswerException("could not be reached (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswerException("interrupted while waiting for the answer", e);
        }
    }
}
