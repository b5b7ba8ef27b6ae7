package io.hearth.platform.shared.web;

import java.util.Map;

/**
 * A failure the caller can act on. It carries an HTTP status and a message key (resolved in
 * {@code i18n/problems*.properties} for the request's language), never a ready-made sentence.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final Object[] args;
    private final Map<String, String> fieldErrors;

    public ApiException(int status, String messageKey, Object... args) {
        this(status, messageKey, Map.of(), args);
    }

    public ApiException(int status, String messageKey, Map<String, String> fieldErrors, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", what, id);
    }

    public static ApiException conflict(String messageKey, Object... args) {
        return new ApiException(409, messageKey, args);
    }

    public static ApiException unprocessable(String messageKey, Object... args) {
        return new ApiException(422, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
