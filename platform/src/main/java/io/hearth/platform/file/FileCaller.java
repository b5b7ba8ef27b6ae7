package io.hearth.platform.file;

import io.hearth.platform.identity.token.AppTokenIssuer;
import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who asks for a file, inside the current tenant: staff (a Keycloak token), a worker or a customer (platform
 * tokens carry their kind), or an anonymous mini-program visitor.
 */
record FileCaller(UploaderKind kind, UUID id, boolean owner) {

    static final FileCaller ANONYMOUS = new FileCaller(null, null, false);

    static FileCaller of(JsonWebToken token, SecurityIdentity identity) {
        Object kindClaim = token.getClaim(AppTokenIssuer.KIND_CLAIM);
        UploaderKind kind = kindClaim == null ? UploaderKind.STAFF : UploaderKind.of(kindClaim.toString());
        try {
            return new FileCaller(kind, UUID.fromString(token.getSubject()), kind == UploaderKind.STAFF && identity.hasRole(Roles.OWNER));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiException(401, "unauthenticated");
        }
    }

    boolean uploaded(StoredFile f) {
        return kind != null && kind.value().equals(f.uploadedByKind) && id.equals(f.uploadedById);
    }

    /** The uploader, the tenant's staff, and for public files anyone (the tenant is already checked). */
    boolean maySee(StoredFile f) {
        return f.visibility == Visibility.PUBLIC || kind == UploaderKind.STAFF || uploaded(f);
    }

    boolean mayDelete(StoredFile f) {
        return owner || uploaded(f);
    }
}
