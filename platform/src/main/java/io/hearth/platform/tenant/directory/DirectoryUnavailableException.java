package io.hearth.platform.tenant.directory;

import io.hearth.platform.shared.web.ApiException;

/** The identity provider cannot do what was asked right now; retrying later may work. */
public class DirectoryUnavailableException extends ApiException {

    public DirectoryUnavailableException(Throwable cause) {
        super(503, "directory-unavailable");
        initCause(cause);
    }
}
