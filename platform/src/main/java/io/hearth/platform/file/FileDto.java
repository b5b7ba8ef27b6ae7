package io.hearth.platform.file;

import java.time.Instant;
import java.util.UUID;

public final class FileDto {

    private FileDto() {
    }

    /** A stored file as the API shows it; the content is at {@code GET /api/files/{id}}. */
    public record Info(UUID id, Purpose purpose, String contentType, long size, Visibility visibility, String sha256,
            Instant createdAt) {

        static Info of(StoredFile f) {
            return new Info(f.id, f.purpose, f.contentType, f.sizeBytes, f.visibility, f.sha256, f.createdAt);
        }
    }
}
