package io.hearth.portal.api;

/** The tenant's branding and mini-program settings ({@code /api/tenant/settings/branding}). */
public final class BrandingApi {

    private BrandingApi() {
    }

    /**
     * As the platform shows it. {@code logoSrc}: what the mini program shows (the uploaded logo file or the external
     * URL the platform's super-admin set); {@code h5Host} is the super-admin's, shown read only; {@code version} goes
     * back with the change.
     */
    public record Branding(String displayName, String primaryColor, String logoFileId, String logoUrl, String logoSrc,
            String miniProgramAppId, String servicePhone, String h5Host, int version) {
    }

    /** A change: null optional fields mean none; {@code logoFileId} null removes the uploaded logo. */
    public record Change(String displayName, String primaryColor, String logoFileId, String miniProgramAppId,
            String servicePhone, Integer version) {
    }
}
