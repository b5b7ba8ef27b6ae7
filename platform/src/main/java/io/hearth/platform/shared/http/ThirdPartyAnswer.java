package io.hearth.platform.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a third party answered; its body may be secret, so it is never part of {@link #describe()}. Header names
 * are lower case.
 */
public record ThirdPartyAnswer(int status, String contentType, String body, Map<String, List<String>> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ThirdPartyAnswer(int status, String contentType, String body) {
        this(status, contentType, body, Map.of());
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON object; empty when it is not one (an HTML error page, a truncated body). */
    public Optional<JsonNode> jsonObject() {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public boolean serverError() {
        return status >= 500;
    }

    /** {@code HTTP 502, text/html, 24 characters}: enough to diagnose, nothing of the content. */
    public String describe() {
        return "HTTP " + status + ", " + (contentType == null ? "no content type" : contentType) + ", "
                + body.length() + " characters";
    }
}
