package io.hearth.platform.tenant;

/** How a tenant presents itself to its customers: names, colours, mini program and H5 host. */
public record TenantBranding(String displayName, String logoUrl, String primaryColor, String miniProgramAppId,
        String h5Host) {
}
