package io.hearth.platform.tenant.directory;

import io.hearth.platform.shared.web.ApiException;
import java.util.Map;

/** The request clashes with what the identity provider already holds; retrying will not help. */
public class DirectoryConflictException extends ApiException {

    /** @param what the clashing value, shown to the caller (a username, an organization name) */
    public DirectoryConflictException(String what) {
        super(409, "directory-conflict", what);
    }

    /** A clash the caller can fix in one input field ({@code username}, {@code email}). */
    public DirectoryConflictException(String what, String field) {
        super(409, "directory-conflict", Map.of(field, "directory-value-taken"), what);
    }
}
