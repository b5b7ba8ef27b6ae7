package io.hearth.platform.identity;

import io.hearth.platform.identity.token.AppSessions;
import io.hearth.platform.identity.token.SubjectKind;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import java.util.UUID;

/** What the customer and worker refresh endpoints share. */
final class SessionEndpoints {

    private SessionEndpoints() {
    }

    static AppSessions.Tokens refresh(AppSessions sessions, String refreshToken, SubjectKind kind) {
        UUID tenantId = AppSessions.tenantOf(refreshToken).orElseThrow(() -> new ApiException(401, "refresh-invalid"));
        return TenantContext.call(tenantId, () -> sessions.refresh(refreshToken, kind));
    }
}
