package io.hearth.platform.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * How a tenant presents itself to its customers: names, colours, logo, mini program, H5 host and the phone customers
 * call. The logo is either an uploaded file ({@code logoFileId}, purpose TENANT_LOGO, set by the tenant) or an
 * external {@code logoUrl} (set by the super-admin); {@link #logoSrc()} says which one to show.
 */
public record TenantBranding(String displayName, String logoUrl, String primaryColor, String miniProgramAppId,
        String h5Host, UUID logoFileId, String servicePhone) {

    public TenantBranding(String displayName, String logoUrl, String primaryColor, String miniProgramAppId,
            String h5Host) {
        this(displayName, logoUrl, primaryColor, miniProgramAppId, h5Host, null, null);
    }

    /**
     * Where a mini program or H5 page loads the logo from: the uploaded file (a public file, read like every
     * {@code /api/app} call with the tenant's {@code X-Hearth-Tenant} or {@code X-Hearth-App-Id} header), else the
     * external URL; null without a logo.
     */
    @JsonProperty("logoSrc")
    public String logoSrc() {
        return logoFileId != null ? "/api/app/files/" + logoFileId : logoUrl;
    }
}
