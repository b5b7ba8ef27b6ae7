package io.hearth.platform.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Position in a keyset-paginated list sorted by a time and an id (orders, alerts, complaints): the sort time and id
 * of the last row seen, opaque to clients.
 */
public record TimeIdCursor(Instant at, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for null or blank; 400 {@code invalidProblem} for anything we did not hand out. */
    public static TimeIdCursor decode(String cursor, String invalidProblem) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return new TimeIdCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new ApiException(400, invalidProblem);
        }
    }
}
