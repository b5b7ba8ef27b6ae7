package io.hearth.portal.api;

import java.time.Instant;

/** Files stored by the platform ({@code /api/files}): uploads from the portals go through {@code PlatformClient.uploadFile}. */
public final class FileApi {

    private FileApi() {
    }

    /** What the platform answers for a stored file; its content is at {@code GET /api/files/{id}}. */
    public record Info(String id, String purpose, String contentType, long size, String visibility, String sha256,
            Instant createdAt) {
    }
}
