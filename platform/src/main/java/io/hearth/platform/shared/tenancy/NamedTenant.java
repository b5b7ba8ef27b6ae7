package io.hearth.platform.shared.tenancy;

import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The tenant an anonymous mini-program / H5 call names: by slug ({@value #SLUG_HEADER}) or WeChat
 * mini-program app id ({@value #APP_ID_HEADER}). Such calls reach only that tenant's public data
 * and sign-in; it must be ACTIVE.
 */
@ApplicationScoped
public class NamedTenant {

    public static final String SLUG_HEADER = CallerTenant.TENANT_HEADER;
    public static final String APP_ID_HEADER = "X-Hearth-App-Id";

    @Inject
    TenantLookup lookup;

    public TenantRef require(String slug, String appId) {
        boolean bySlug = slug != null && !slug.isBlank();
        boolean byApp = appId != null && !appId.isBlank();
        if (bySlug == byApp) {
            throw new ApiException(400, "tenant-header-one", SLUG_HEADER, APP_ID_HEADER);
        }
        Optional<TenantRef> found = bySlug ? lookup.bySlug(slug) : lookup.byMiniProgramAppId(appId);
        return found.filter(t -> t.status().isOpen())
                .orElseThrow(() -> ApiException.notFound("Tenant", bySlug ? slug : appId));
    }
}
