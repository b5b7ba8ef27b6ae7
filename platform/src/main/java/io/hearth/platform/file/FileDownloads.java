package io.hearth.platform.file;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The download answer: the stored content type (detected at upload), never sniffed by the browser, shown
 * inline; the SHA-256 as ETag, so a cached copy is revalidated with 304 and no storage read.
 */
final class FileDownloads {

    private FileDownloads() {
    }

    static Response.ResponseBuilder answer(StoredFiles files, StoredFiles.Found found, String ifNoneMatch, String cacheControl) {
        String etag = "\"" + found.info().sha256() + "\"";
        Response.ResponseBuilder answer;
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            answer = Response.notModified();
        } else {
            answer = Response.ok(files.content(found))
                    .type(found.info().contentType())
                    .header(HttpHeaders.CONTENT_LENGTH, found.info().size())
                    .header("Content-Disposition", "inline")
                    .header("X-Content-Type-Options", "nosniff");
        }
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
