package io.hearth.platform.tenant.directory;

import io.hearth.platform.shared.web.ApiException;

/** The request clashes with what the identity provider already holds; retrying will not help. */
public class DirectoryConflictException extends ApiException {

    /** @param what the clashing value, shown to the caller (a username, an organization name) */
    public DirectoryConflictException(String what) {
        super(409, "directory-conflict", what);
    }
}
